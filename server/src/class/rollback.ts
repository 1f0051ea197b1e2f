import { planRollback, turnLabel } from "@cs/shared";
import { Game, newMatch } from "../room/game.ts";
import type { MatchRoom } from "../room/MatchRoom.ts";
import { services } from "../room/services.ts";
import { sendViews } from "../room/views.ts";
import type { Refusal } from "../room/flow.ts";

/**
 * Undo the last resolution. The log stays honest: the undone entries are archived with the
 * rollback's record (class_rollbacks), the log is cut after the last entry kept, and a public
 * news entry (`class:news.rollback`, logged like any inject) tells everyone what happened.
 * Powers that had marked themselves ready are unmarked (by the room, for them) so the Orders
 * phase is really open again.
 */
export async function rollback(room: MatchRoom): Promise<Refusal | undefined> {
  const c = room.classroom;
  const { storage, scenarios } = services();
  const scenario = scenarios.resolve(room.row.scenario, room.row.start);
  if (!c || !scenario) return { code: "ERR_NOT_ALLOWED", message: "Not a class match." };
  const log = await storage.readLog(room.row.id);
  const plan = planRollback({ scenario, match: newMatch(room.row), log });
  if (!plan) return { code: "ERR_NOTHING_TO_UNDO", message: "No resolution has happened yet." };
  const at = plan.kept[plan.kept.length - 1]?.id ?? 0;
  await c.recordRollback({ at, turn: plan.turn, time: Date.now(), undone: plan.undone });
  room.game = await Game.restore(storage, room.row, scenario);
  const text = turnLabel(plan.turn);
  await room.game.act("system", { type: "news", key: "class:news.rollback", text });
  for (const p of Object.keys(room.game.state.powers)) {
    if (room.game.state.powers[p]?.ready) await room.game.act(p, { type: "ready", ready: false });
  }
  if (room.status === "finished") {
    room.status = "running";
    room.autoDispose = false;
    await storage.setStatus(room.row.id, "running");
  }
  // State ids went back: every client gets a full view rather than a patch.
  sendViews(room.clients, room.game.state, true);
  await room.flow.phaseBegins();
  return undefined;
}
