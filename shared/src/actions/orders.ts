import { z } from "zod";
import { PowerIdSchema, RegionIdSchema } from "../scenario/conditions.ts";

const treaty = z.string().min(1).max(64);

/**
 * Orders: given secretly in the Orders phase, paid for with action points, adjudicated
 * together at Resolution in one fixed order (RULES.md).
 */
export const OrderSchema = z.discriminatedUnion("kind", [
  // Diplomatic
  z.strictObject({ kind: z.literal("ratify"), treaty }),
  /** `now`: without the notice the treaty asks — a breach. */
  z.strictObject({ kind: z.literal("denounce"), treaty, now: z.boolean().optional() }),
  z.strictObject({
    kind: z.literal("guarantee"),
    target: PowerIdSchema,
    scope: z.enum(["independence", "borders"]).default("independence"),
    ifResists: z.boolean().default(true),
  }),
  z.strictObject({
    kind: z.literal("demand"),
    target: PowerIdSchema,
    regions: z.array(RegionIdSchema).min(1).max(8),
    ultimatum: z.boolean().default(false),
  }),
  z.strictObject({ kind: z.literal("joinLeague") }),
  z.strictObject({ kind: z.literal("leaveLeague") }),
  z.strictObject({
    kind: z.literal("callConference"),
    regions: z.array(RegionIdSchema).min(1).max(8),
    invitees: z.array(PowerIdSchema).min(1).max(10),
  }),
  z.strictObject({ kind: z.literal("grantAccess"), to: PowerIdSchema }),
  z.strictObject({ kind: z.literal("refuseAccess"), to: PowerIdSchema }),
  z.strictObject({ kind: z.literal("recognise"), government: PowerIdSchema }),
  z.strictObject({
    kind: z.literal("aid"),
    conflict: z.string().min(1).max(32),
    side: PowerIdSchema,
  }),
  z.strictObject({ kind: z.literal("intelligence"), target: PowerIdSchema }),
  // Military
  z.strictObject({ kind: z.literal("rearm"), branch: z.enum(["army", "air", "navy"]) }),
  z.strictObject({ kind: z.literal("mobilise") }),
  z.strictObject({ kind: z.literal("demobilise") }),
  z.strictObject({ kind: z.literal("fortify"), region: RegionIdSchema }),
  z.strictObject({ kind: z.literal("remilitarise"), region: RegionIdSchema }),
  z.strictObject({ kind: z.literal("occupy"), region: RegionIdSchema }),
  z.strictObject({ kind: z.literal("annex"), region: RegionIdSchema }),
  z.strictObject({ kind: z.literal("declareWar"), target: PowerIdSchema }),
  z.strictObject({ kind: z.literal("attack"), region: RegionIdSchema }),
  z.strictObject({ kind: z.literal("blockade"), target: PowerIdSchema }),
  // Economic
  z.strictObject({ kind: z.literal("embargo"), target: PowerIdSchema }),
  z.strictObject({ kind: z.literal("invest") }),
]);
export type Order = z.infer<typeof OrderSchema>;
export type OrderInput = z.input<typeof OrderSchema>;
export type OrderKind = Order["kind"];
export const ORDER_KINDS = OrderSchema.options.map<OrderKind>((o) => o.shape.kind.value);
