import { z } from "zod";
import { ConditionSchema, PowerIdSchema, TurnLabelSchema } from "./conditions.ts";
import { EffectSchema } from "./effects.ts";

export const ChoiceSchema = z.strictObject({
  id: z.string().min(1),
  /** What the real government did. */
  historical: z.boolean().default(false),
  /** A choice that means force against the role's `against` (deterrence weighs it first). */
  force: z.boolean().default(false),
  effects: z.array(EffectSchema).min(1),
});

/**
 * The situation in which the real government made its historical choice (issue 10): while
 * it holds, a historical bot takes the recorded choice; when it does not — France has
 * mobilised, Soviet help can reach the victim — the bot decides by the deterrence weighing.
 */
export const SituationSchema = z.strictObject({
  when: ConditionSchema,
  source: z.string().min(3),
});

export const CrisisRoleSchema = z.strictObject({
  power: PowerIdSchema,
  choices: z.array(ChoiceSchema).min(2),
  /** The power that this role's `force` choices act against (or stand firm against). */
  against: PowerIdSchema.optional(),
  /** For a role that stands by a victim: the victim; its `force` choices mean firmness. */
  for: PowerIdSchema.optional(),
  situation: SituationSchema.optional(),
});

export const BranchSchema = z.strictObject({
  id: z.string().min(1),
  when: ConditionSchema,
  effects: z.array(EffectSchema).min(1),
});

/** Why an event's premise lapsed, in the words its news uses (`news.premise.<lapse>`). */
export const LAPSES = ["gone", "atWar", "territory", "treaty"] as const;
export type LapseKind = (typeof LAPSES)[number];

/**
 * A premise the engine cannot derive from the event's effects (issue 10): a condition that
 * must hold when the event comes due, or the event lapses with a line saying why. `lapse`
 * names the reason; its `when` names what the line tells (the treaty of a `treatyInForce`,
 * the power and region of an `owns`, the pair of an `atWar`, the state of an `alive`).
 */
export const PremiseSchema = z.strictObject({
  when: ConditionSchema,
  lapse: z.enum(LAPSES),
  source: z.string().min(3),
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
  /**
   * Besides what the engine derives (its actors, victims and parties exist and are not at war
   * with each other, its regions are still the victim's, its treaties not made already),
   * conditions without which the event lapses with a line in the news (premise.ts).
   */
  premise: z.array(PremiseSchema).optional(),
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
export type Premise = z.infer<typeof PremiseSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type CrisisRole = z.infer<typeof CrisisRoleSchema>;
