import type { Action } from "@cs/shared";
import type { Player } from "./harness.ts";

/** Act, and on a stale state id wait for the newer view and try again. */
export async function actFresh(p: Player, action: Action) {
  for (;;) {
    const sent = p.stateId;
    const r = await p.act(action, sent);
    if (r.ok || r.code !== "ERR_STALE_STATE") return r;
    await p.until(() => p.stateId !== sent);
  }
}

/**
 * A human at the keyboard, simply: answers its open decisions, gives one order in the
 * Orders phase, marks itself ready, then waits for the next phase.
 */
export async function playToEnd(p: Player, onPhase?: (p: Player) => Promise<void>): Promise<void> {
  const seat = p.seat as string;
  while (p.view && p.view.phase !== "ended") {
    const v = p.view;
    const key = `${v.turn}:${v.phase}`;
    for (const d of Object.values(v.decisions)) {
      if (d.power === seat && d.choice === undefined && d.options[0]) {
        await actFresh(p, { type: "decide", decision: d.id, choice: d.options[0] });
      }
    }
    if (v.phase === "orders" && (v.powers[seat]?.orders.length ?? 0) === 0) {
      await actFresh(p, { type: "order", order: { kind: "invest" } });
    }
    if (onPhase) await onPhase(p);
    if (!ended(p) && !p.view.powers[seat]?.ready && key === phaseKey(p)) {
      await actFresh(p, { type: "ready", ready: true });
    }
    await p.until(() => p.view?.phase === "ended" || phaseKey(p) !== key);
  }
}

const ended = (p: Player): boolean => p.view?.phase === "ended";

export const phaseKey = (p: Player) => `${p.view?.turn}:${p.view?.phase}`;
