import { z } from "zod";
import { cleanText } from "../core/text.ts";
import { PowerIdSchema } from "../scenario/conditions.ts";
import { TreatyDraftSchema } from "../treaties/clauses.ts";
import { OrderSchema } from "./orders.ts";

const id = z.string().min(1).max(64);

export const MotionDraftSchema = z.strictObject({
  kind: z.enum([
    "condemn",
    "sanctions",
    "oilEmbargo",
    "liftSanctions",
    "admit",
    "expel",
    "conference",
  ]),
  body: z.enum(["council", "assembly"]),
  target: PowerIdSchema,
  victim: PowerIdSchema.optional(),
});

/**
 * Everything a seat can ask of the engine. The server parses every client message with this
 * schema before the engine checks legality.
 */
export const ActionSchema = z.discriminatedUnion("type", [
  // Diplomacy phase: treaties and the League's agenda
  z.strictObject({ type: z.literal("propose"), draft: TreatyDraftSchema, channel: id.optional() }),
  z.strictObject({ type: z.literal("counter"), treaty: id, draft: TreatyDraftSchema }),
  z.strictObject({ type: z.literal("sign"), treaty: id }),
  z.strictObject({ type: z.literal("reject"), treaty: id }),
  z.strictObject({ type: z.literal("withdraw"), treaty: id }),
  z.strictObject({ type: z.literal("reveal"), treaty: id }),
  z.strictObject({ type: z.literal("tableMotion"), motion: MotionDraftSchema }),
  // Orders phase
  z.strictObject({ type: z.literal("order"), order: OrderSchema }),
  z.strictObject({ type: z.literal("cancelOrder"), index: z.number().int().min(0).max(63) }),
  z.strictObject({ type: z.literal("vote"), motion: id, vote: z.enum(["yes", "no", "abstain"]) }),
  // Any phase with an open decision (crisis, obligation, demand, ...)
  z.strictObject({ type: z.literal("decide"), decision: id, choice: z.string().min(1).max(32) }),
  z.strictObject({ type: z.literal("ready"), ready: z.boolean() }),
  // System only: the clock, and a teacher's injects
  z.strictObject({ type: z.literal("advance") }),
  z.strictObject({ type: z.literal("fireEvent"), event: id }),
  z.strictObject({
    type: z.literal("news"),
    key: z.string().min(1).max(64),
    text: z.string().transform(cleanText).pipe(z.string().max(600)).optional(),
    to: z.array(PowerIdSchema).optional(),
  }),
]);
export type Action = z.infer<typeof ActionSchema>;
export type ActionInput = z.input<typeof ActionSchema>;
export type ActionType = Action["type"];
export const SYSTEM_ACTIONS: readonly ActionType[] = ["advance", "fireEvent", "news"];

/** One entry of the append-only match log. */
export interface LogEntry {
  /** The state id this action produced (1, 2, 3, …). */
  readonly id: number;
  readonly by: PowerId | "system";
  readonly action: Action;
}
type PowerId = z.infer<typeof PowerIdSchema>;
