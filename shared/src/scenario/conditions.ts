import { z } from "zod";

/** Ids are data: powers, regions, events and treaties are named by the scenario. */
export const PowerIdSchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,15}$/, "a power id such as DEU");
export const RegionIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "a region id such as rhineland");
export const TurnLabelSchema = z.string().regex(/^19\d\d-(I|II)$/, "a turn such as 1936-I");

const THEATRES = ["europe", "africa", "asia"] as const;

export const FIGURES = [
  "army",
  "air",
  "navy",
  "mobilisation",
  "industry",
  "stability",
  "warSupport",
  "credibility",
] as const;
export type Figure = (typeof FIGURES)[number];
export const FigureSchema = z.enum(FIGURES);

/**
 * Conditions over the state, used by event triggers, crisis branches, objectives and the
 * collective security index. A small closed language, so that scenario files stay data.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { turnAtLeast: string }
  | { turnAtMost: string }
  | { flag: string }
  | { eventFired: string }
  | { choiceMade: { event: string; power: string; choice: string } }
  | { controls: { power: string; region: string } }
  | { owns: { power: string; region: string } }
  | { demilitarised: string }
  | { tensionAtLeast: number }
  | { tensionBelow: number }
  | { leagueMember: string }
  | { atWar: [string, string] }
  | { atWarAny: string }
  | { generalWar: true }
  | { alive: string }
  | { noForeignTroops: string }
  | { figureAtLeast: { power: string; figure: Figure; value: number } }
  | {
      treatyInForce: {
        parties: string[];
        clause?: string | undefined;
        secret?: boolean | undefined;
      };
    }
  | { effectiveAssistance: { from: string; to: string } }
  | { reaches: { from: string; to: string } }
  | {
      outmatches: {
        power: string;
        than: string;
        ratio: number;
        theatre?: (typeof THEATRES)[number] | undefined;
      };
    }
  | { trustBelow: { of: string; in: string; value: number } }
  | { obligationsBroken: { power: string; atMost: number } };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema) }),
    z.strictObject({ any: z.array(ConditionSchema) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ turnAtLeast: TurnLabelSchema }),
    z.strictObject({ turnAtMost: TurnLabelSchema }),
    z.strictObject({ flag: z.string().min(1) }),
    z.strictObject({ eventFired: z.string().min(1) }),
    z.strictObject({
      choiceMade: z.strictObject({ event: z.string(), power: PowerIdSchema, choice: z.string() }),
    }),
    z.strictObject({ controls: z.strictObject({ power: PowerIdSchema, region: RegionIdSchema }) }),
    z.strictObject({ owns: z.strictObject({ power: PowerIdSchema, region: RegionIdSchema }) }),
    z.strictObject({ demilitarised: RegionIdSchema }),
    z.strictObject({ tensionAtLeast: z.number() }),
    z.strictObject({ tensionBelow: z.number() }),
    z.strictObject({ leagueMember: PowerIdSchema }),
    z.strictObject({ atWar: z.tuple([PowerIdSchema, PowerIdSchema]) }),
    z.strictObject({ atWarAny: PowerIdSchema }),
    z.strictObject({ generalWar: z.literal(true) }),
    z.strictObject({ alive: PowerIdSchema }),
    z.strictObject({ noForeignTroops: PowerIdSchema }),
    z.strictObject({
      figureAtLeast: z.strictObject({
        power: PowerIdSchema,
        figure: FigureSchema,
        value: z.number(),
      }),
    }),
    z.strictObject({
      treatyInForce: z.strictObject({
        parties: z.array(PowerIdSchema).min(1),
        clause: z.string().optional(),
        secret: z.boolean().optional(),
      }),
    }),
    z.strictObject({
      effectiveAssistance: z.strictObject({ from: PowerIdSchema, to: PowerIdSchema }),
    }),
    z.strictObject({ reaches: z.strictObject({ from: PowerIdSchema, to: PowerIdSchema }) }),
    z.strictObject({
      outmatches: z.strictObject({
        power: PowerIdSchema,
        than: PowerIdSchema,
        ratio: z.number().positive(),
        theatre: z.enum(THEATRES).optional(),
      }),
    }),
    z.strictObject({
      trustBelow: z.strictObject({ of: PowerIdSchema, in: PowerIdSchema, value: z.number() }),
    }),
    z.strictObject({
      obligationsBroken: z.strictObject({ power: PowerIdSchema, atMost: z.number().int().min(0) }),
    }),
  ]),
);
