import { planRollback, turnLabel } from "@cs/shared";
import { newMatch } from "../match/game.ts";
import { refusal, type Refusal } from "../match/refusal.ts";
import type { Classroom } from "./context.ts";

/**
 * Undo the last resolution, through the match's `rewind`. The log stays honest: the undone
 * entries are archived with the rollback's record (class_rollbacks), the log is cut after the
 * last entry kept, and a public news entry (`class:news.rollback`, logged like any inject)
 * tells everyone what happened. Powers that had marked themselves ready are unmarked (by the
 * match, for them) so the Orders phase is really open again.
 */
export async function rollback(c: Classroom): Promise<Refusal | undefined> {
  const { match, storage } = c.host;
  const log = await storage.readLog(match.row.id);
  const plan = planRollback({ scenario: match.game.scenario, match: newMatch(match.row), log });
  if (!plan) return refusal("ERR_NOTHING_TO_UNDO", "No resolution has happened yet.");
  const at = plan.kept[plan.kept.length - 1]?.id ?? 0;
  await match.rewind(
    () => c.session.recordRollback({ at, turn: plan.turn, time: Date.now(), undone: plan.undone }),
    [{ type: "news", key: "class:news.rollback", text: turnLabel(plan.turn) }],
  );
  return undefined;
}
