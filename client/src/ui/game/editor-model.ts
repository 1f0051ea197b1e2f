import {
  TreatyDraftSchema,
  type EndsInput,
  type ClauseInput,
  type ClauseKind,
  type Treaty,
  type TreatyDraft,
} from "@cs/shared";

/**
 * The treaty editor's state and the drafts it produces. No DOM and no rule: the engine's
 * schema fills defaults and rejects malformed drafts; legality is asked of `checkDraft`.
 */
export interface EditorState {
  name: string;
  parties: string[];
  clauses: ClauseInput[];
  duration: number | undefined;
  /** Entry into force deferred to a turn (besides ratification). */
  entryOn?: string | undefined;
  /** How the treaty ends: lock-in, notice, survival of a breach or of a party's end. */
  ends?: EndsInput | undefined;
  /** The proposal this draft counters, when it is a counter-proposal. */
  counterOf?: string | undefined;
}

export function emptyEditor(seat: string): EditorState {
  return { name: "", parties: [seat], clauses: [], duration: 10 };
}

/** A sensible first version of a clause of each kind, for the parties chosen so far. */
export function defaultClause(
  kind: ClauseKind,
  parties: readonly string[],
  seat: string,
): ClauseInput {
  const other = parties.find((p) => p !== seat) ?? seat;
  switch (kind) {
    case "nonAggression":
      return { kind, neutrality: false };
    case "consultation":
      return { kind };
    case "mutualAssistance":
      return { kind, mode: "consultative", against: "any", conditions: [] };
    case "guarantee":
      return {
        kind,
        guarantors: [seat],
        beneficiary: other,
        scope: "independence",
        mode: "automatic",
        against: "any",
        conditions: [],
      };
    case "militaryAccess":
      return { kind, grantor: other, grantee: seat, regions: [] };
    case "militaryConvention":
      return { kind, forces: 0.3, staffTalks: true };
    case "spheres":
      return { kind, spheres: [] };
    case "territorialTransfer":
      return { kind, regions: [], from: other, to: seat };
    case "demilitarisation":
      return { kind, regions: [] };
    case "navalLimitation":
      return { kind, limited: other, relativeTo: seat, ratio: 0.35 };
    case "trade":
      return { kind, volume: 1 };
    case "nonIntervention":
      return { kind, conflict: "" };
    case "recognition":
      return { kind, government: other, regions: [] };
    case "qualifies":
      return { kind, clause: 0, conditions: [], secret: true };
    case "accession":
      return { kind, treaty: "", power: seat, part: "public" };
    case "arbitration":
      return { kind, arbiters: [], claimant: seat, holder: other, regions: [] };
  }
}

/** A draft's default title: "Treaty between France and the USSR". */
function draftName(s: EditorState, fallback: string): string {
  return s.name.trim() || fallback;
}

/**
 * Where a draft the schema refuses falls short, for a sentence in the player's language (the
 * schema's own "clauses.0.spheres: Too small…" is never shown): the article (from 0) and its
 * field, when the complaint is about one.
 */
export interface DraftProblem {
  clause?: number;
  field?: string;
}

/** The draft the engine will see, or where the schema finds it incomplete. */
export function toDraft(
  s: EditorState,
  fallbackName: string,
): { draft?: TreatyDraft; error?: DraftProblem } {
  const r = TreatyDraftSchema.safeParse({
    name: draftName(s, fallbackName),
    parties: s.parties,
    clauses: s.clauses.map(dropEmpty),
    ...(s.duration ? { duration: s.duration } : {}),
    ...(s.entryOn ? { entry: { on: s.entryOn } } : {}),
    ...(s.ends && Object.keys(s.ends).length > 0 ? { ends: s.ends } : {}),
  });
  if (r.success) return { draft: r.data };
  const path = r.error.issues[0]?.path ?? [];
  if (path[0] !== "clauses" || typeof path[1] !== "number") return { error: {} };
  const field = path.slice(2).find((x): x is string => typeof x === "string");
  return { error: field ? { clause: path[1], field } : { clause: path[1] } };
}

/** Start a counter-proposal from a proposal received: same parties and clauses, editable. */
export function fromTreaty(tr: Treaty): EditorState {
  return {
    name: tr.name,
    parties: [...tr.parties],
    clauses: tr.clauses.map((c) => structuredClone(c)),
    duration: tr.duration,
    entryOn: tr.entry?.on,
    ends: tr.ends ? { ...tr.ends } : undefined,
    counterOf: tr.id,
  };
}

export function toggleParty(s: EditorState, power: string, on: boolean, seat: string): EditorState {
  if (power === seat) return s; // the proposer is always a party
  const parties = on ? [...new Set([...s.parties, power])] : s.parties.filter((p) => p !== power);
  return { ...s, parties };
}

/** An unset optional field (the "—" choice of a select) is absent, not an empty string. */
function dropEmpty(c: ClauseInput): ClauseInput {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== "")) as ClauseInput;
}
