import { z } from "zod";
import { ConditionSchema, PowerIdSchema, TurnLabelSchema } from "./conditions.ts";
import { EffectSchema } from "./effects.ts";

export const ChoiceSchema = z.strictObject({
  id: z.string().min(1),
  /** What the real government did. */
  historical: z.boolean().default(false),
  effects: z.array(EffectSchema).min(1),
});

export const CrisisRoleSchema = z.strictObject({
  power: PowerIdSchema,
  choices: z.array(ChoiceSchema).min(2),
});

export const BranchSchema = z.strictObject({
  id: z.string().min(1),
  when: ConditionSchema,
  effects: z.array(EffectSchema).min(1),
});

export const HistoricalNoteSchema = z.strictObject({
  /** The real date, ISO (1936-03-07). */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  source: z.string().min(3),
});

/**
 * An event or crisis. With historical events on, it fires at its historical turn (if its
 * `requires` holds); with them off, it fires in its window once its trigger holds.
 */
export const EventSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  window: z.strictObject({ from: TurnLabelSchema, to: TurnLabelSchema }),
  historicalTurn: TurnLabelSchema,
  /** Must hold in every mode (the Anschluss needs an independent Austria). */
  requires: ConditionSchema.optional(),
  /** Must also hold when historical events are off. */
  trigger: ConditionSchema.optional(),
  effects: z.array(EffectSchema).default([]),
  /** Powers who must choose; resolved at the end of the Orders phase. */
  roles: z.array(CrisisRoleSchema).default([]),
  /** Counterfactual outcomes, applied in order once the choices are known. */
  branches: z.array(BranchSchema).default([]),
  note: HistoricalNoteSchema,
});
export type EventDef = z.infer<typeof EventSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
