import type { Ctx } from "../engine/context.ts";
import type { GameView } from "../knowledge/viewFor.ts";
import type { GameState, PowerId, Treaty } from "../model/state.ts";
import type { TreatyDraft } from "../treaties/clauses.ts";
import { bindingTreaties } from "../treaties/query.ts";
import { believe } from "./belief.ts";
import { forceRoles } from "./crisis.ts";
import { weigh, type Reason, type Verdict } from "./weigh.ts";

/**
 * "What Berlin is likely to conclude" (issue 10): the deterrence weighing as a player sees it,
 * computed by the engine from the seat's own view — its estimates of others' forces, the
 * treaties it can read — never from the truth. The orders panel shows it for the aggressions
 * in prospect; the treaty editor shows it again with the draft as if it were in force, so a
 * player sees whether the treaty would change the aggressor's mind.
 */
export interface Outlook {
  readonly aggressor: PowerId;
  readonly victim: PowerId;
  /** A crisis of this turn (rather than a standing claim). */
  readonly crisis: boolean;
  readonly verdict: Verdict;
  /** The expected coalition over the aggressor's side (above 1: it expects to lose). */
  readonly ratio: number;
  /** The ratio the aggressor's government will still face now. */
  readonly tolerance: number;
  readonly reasons: readonly Reason[];
  /** The same weighing with the draft in force, when a draft is given. */
  readonly withDraft?: Omit<Outlook, "aggressor" | "victim" | "crisis" | "withDraft">;
}

/** Most outlooks shown at once: the crises first, then what concerns the seat. */
export const OUTLOOK_LIMIT = 3;

/**
 * The aggressions the seat can see in prospect — this turn's crises of force, then every
 * great power's claim on another's land — each weighed on what the seat knows; with a draft,
 * weighed again as if the draft were in force, and the pairs it concerns put first.
 */
export function likelyConclusions(view: GameView, ctx: Ctx, draft?: TreatyDraft): Outlook[] {
  const known = believe(view, 0);
  const seat = view.viewer === "spectator" || view.viewer === "teacher" ? undefined : view.viewer;
  const pairs = prospects(known, ctx);
  const allies = new Set<PowerId>();
  for (const t of bindingTreaties(known)) {
    if (seat !== undefined && t.parties.includes(seat)) for (const p of t.parties) allies.add(p);
  }
  // The seat's own danger first, then the draft's parties, then its treaty partners'.
  const concerns = (victim: PowerId) =>
    (victim === seat ? 4 : 0) +
    (draft?.parties.includes(victim) ? 2 : 0) +
    (allies.has(victim) ? 1 : 0);
  pairs.sort(
    (a, b) => Number(b.crisis) - Number(a.crisis) || concerns(b.victim) - concerns(a.victim),
  );
  const withDraft = draft ? inForce(known, draft, seat) : undefined;
  return pairs.slice(0, OUTLOOK_LIMIT).map((p) => {
    const w = weigh(known, ctx, p.aggressor, p.victim);
    const out: Outlook = {
      ...p,
      verdict: w.verdict,
      ratio: w.ratio,
      tolerance: w.tolerance,
      reasons: w.reasons,
    };
    if (!withDraft) return out;
    const d = weigh(withDraft, ctx, p.aggressor, p.victim);
    return {
      ...out,
      withDraft: { verdict: d.verdict, ratio: d.ratio, tolerance: d.tolerance, reasons: d.reasons },
    };
  });
}

interface Prospect {
  aggressor: PowerId;
  victim: PowerId;
  crisis: boolean;
}

function prospects(known: GameState, ctx: Ctx): Prospect[] {
  const out: Prospect[] = [];
  const seen = new Set<string>();
  const add = (aggressor: PowerId, victim: PowerId, crisis: boolean) => {
    const key = `${aggressor}>${victim}`;
    if (seen.has(key) || aggressor === victim) return;
    if (!known.powers[aggressor]?.alive || !known.powers[victim]?.alive) return;
    seen.add(key);
    out.push({ aggressor, victim, crisis });
  };
  for (const fr of forceRoles(known, ctx)) add(fr.aggressor, fr.victim, true);
  for (const id of ctx.landRegionIds) {
    const r = known.regions[id];
    if (!r?.owner) continue;
    for (const c of r.claims) if (ctx.powers.get(c)?.great) add(c, r.owner, false);
  }
  return out;
}

/** The belief with the draft as a treaty in force among its parties. */
function inForce(known: GameState, draft: TreatyDraft, seat: PowerId | undefined): GameState {
  const turn = known.turn;
  const treaty: Treaty = {
    id: "draft",
    name: draft.name,
    parties: [...draft.parties],
    clauses: draft.clauses,
    duration: draft.duration,
    status: "inForce",
    proposer: seat ?? "system",
    proposedTurn: turn,
    signatures: [...draft.parties],
    ratifications: Object.fromEntries(draft.parties.map((p) => [p, turn])),
    signedTurn: turn,
    inForceTurn: turn,
    revealedTo: [],
    public: true,
  };
  return { ...known, treaties: { ...known.treaties, draft: treaty } };
}
