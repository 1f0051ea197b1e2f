import { turnIndex } from "../core/calendar.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import { openDecision, type DecisionResolver } from "../engine/decisions.ts";
import type { PowerId, RegionId, Treaty } from "../model/state.ts";
import type { Clause } from "./clauses.ts";
import { violateTreaty } from "./violations.ts";
import { enterIntoForce, entryReached, survivesWithout } from "./entry.ts";

type Transfer = Extract<Clause, { kind: "territorialTransfer" }>;

/**
 * End of the Resolution phase: ratifications that complete, dated transfers that fall due,
 * notices that run out, terms that expire — treaty by treaty in id order.
 */
export function progressTreaties(d: Draft, ctx: Ctx): void {
  const turn = d.s.turn;
  for (const id of Object.keys(d.s.treaties).sort()) {
    const t = d.s.treaties[id];
    if (!t) continue;
    if (t.status === "signed" && ratified(t, turn)) {
      if (entryReached(d.s, ctx, t)) {
        const w = d.treaty(id);
        w.status = "inForce";
        w.inForceTurn = turn;
        d.news("news.treatyInForce", { treaty: id, name: t.name });
        enterIntoForce(d, ctx, id);
      } else if (!d.s.flags.includes(`pending:${id}`)) {
        // Ratified, but its entry into force waits for a date or a condition: shown once.
        d.flags().push(`pending:${id}`);
        d.news("news.treatyPending", { treaty: id, name: t.name }, [...t.parties]);
      }
    }
    const now = d.s.treaties[id];
    if (now?.status !== "inForce") continue;
    now.clauses.forEach((c, i) => {
      if (c.kind === "territorialTransfer" && transferDue(now, c, turn)) {
        startTransfer(d, now, c, i);
      }
    });
    endIfDue(d, id, turn);
  }
}

function ratified(t: Treaty, turn: number): boolean {
  return t.parties.every((p) => {
    const at = t.ratifications[p];
    return at !== undefined && at <= turn;
  });
}

/**
 * A dated transfer is carried out once: at the end of its date's turn, or when the treaty
 * comes into force if that is later. Without a date, on entry into force.
 */
function transferDue(t: Treaty, c: Transfer, turn: number): boolean {
  const inForce = t.inForceTurn ?? turn;
  const on = c.on === undefined ? inForce : (turnIndex(c.on) ?? inForce);
  return Math.max(on, inForce) === turn;
}

function startTransfer(d: Draft, t: Treaty, c: Transfer, index: number): void {
  const regions = c.regions.filter((r) => d.s.regions[r]?.owner === c.from);
  if (regions.length === 0) return;
  if (t.parties.includes(c.from) || !d.s.powers[c.from]?.alive) {
    passRegions(d, regions, c.from, c.to);
    d.news("news.transferDone", {
      treaty: t.id,
      from: c.from,
      to: c.to,
      regions: regions.join(","),
    });
    return;
  }
  // Decided without the losing state: it complies or resists (Prague, 30 September 1938).
  openDecision(d, {
    kind: "transfer",
    power: c.from,
    ref: `${t.id}#${index}`,
    options: ["comply", "resist"],
    default: "comply",
    due: "orders",
  });
  d.news("news.transferImposed", {
    treaty: t.id,
    from: c.from,
    to: c.to,
    regions: regions.join(","),
  });
}

function passRegions(d: Draft, regions: readonly RegionId[], from: PowerId, to: PowerId): void {
  for (const r of regions) {
    if (d.s.regions[r]?.owner !== from) continue;
    const w = d.region(r);
    w.owner = to;
    w.controller = to;
  }
}

function endIfDue(d: Draft, id: string, turn: number): void {
  const t = d.s.treaties[id];
  if (!t) return;
  if (
    t.denunciation &&
    t.denunciation.effectiveTurn <= turn &&
    survivesWithout(t, t.denunciation.by)
  ) {
    // A multilateral treaty that survives a party's departure goes on among the others.
    const w = d.treaty(id);
    const by = t.denunciation.by;
    w.parties = w.parties.filter((p) => p !== by);
    w.denunciation = undefined;
    d.news("news.treatyLeft", { treaty: id, name: t.name, by });
  } else if (t.denunciation && t.denunciation.effectiveTurn <= turn) {
    const w = d.treaty(id);
    w.status = "denounced";
    w.endTurn = turn;
    d.news("news.treatyDenounced", { treaty: id, name: t.name, by: t.denunciation.by });
  } else if (t.duration !== undefined && turn >= (t.inForceTurn ?? turn) + t.duration - 1) {
    const w = d.treaty(id);
    w.status = "expired";
    w.endTurn = turn;
    d.news("news.treatyExpired", { treaty: id, name: t.name });
  }
}

/**
 * The losing state's answer to a transfer decided without it: comply and the regions pass
 * (owner and controller); resist and nothing passes — the receiver may then use force,
 * and its attack is still an aggression.
 */
export const resolveTransferCompliance: DecisionResolver = (d, ctx, decisions) => {
  for (const x of decisions) {
    const [treatyId, index] = x.ref.split("#");
    const t = treatyId === undefined ? undefined : d.s.treaties[treatyId];
    const c = t?.clauses[Number(index)];
    if (!t || t.status !== "inForce") continue;
    // An arbitration award transfers like a treaty's cession: holder to claimant.
    const move =
      c?.kind === "territorialTransfer"
        ? { from: c.from, to: c.to, regions: c.regions }
        : c?.kind === "arbitration" && t.awards?.[Number(index)] === "claimant"
          ? { from: c.holder, to: c.claimant, regions: c.regions }
          : undefined;
    if (!move) continue;
    const regions = move.regions.filter((r) => d.s.regions[r]?.owner === move.from);
    const params = { treaty: t.id, from: move.from, to: move.to, regions: regions.join(",") };
    if (x.choice === "resist") {
      d.news("news.transferResisted", params);
      // Resisting an award one asked for breaks the compromise (a party's breach).
      if (c?.kind === "arbitration" && t.parties.includes(move.from)) {
        violateTreaty(d, ctx, t.id, move.from);
      }
    } else {
      passRegions(d, regions, move.from, move.to);
      d.news("news.transferDone", params);
    }
  }
};
