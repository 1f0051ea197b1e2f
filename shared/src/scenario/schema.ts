import { z } from "zod";
import { TreatyDraftSchema } from "../treaties/clauses.ts";
import { ConditionSchema, PowerIdSchema, RegionIdSchema, TurnLabelSchema } from "./conditions.ts";
import { EffectSchema } from "./effects.ts";
import { EventSchema } from "./events.ts";
import { RulesSchema } from "./rules.ts";

export const GOVERNMENTS = ["democracy", "authoritarian", "totalitarian"] as const;
export const IDEOLOGIES = ["liberal", "conservative", "fascist", "nazi", "communist"] as const;
export const SEAT_KINDS = ["core", "optional", "minor"] as const;

const figure = z.number().min(0).max(100);

/** What a bot playing this power wants (shared/src/bots): its aims, in the bots' vocabulary. */
export const BOT_AIMS = [
  "revise",
  "expand",
  "security",
  "collective",
  "peace",
  "empire",
  "neutrality",
] as const;

/**
 * A bot's character for one power (issue 6). Every field has a default; a power without a
 * personality gets its historical government's character from the bots' own table.
 */
export const PersonalitySchema = z.strictObject({
  aims: z.array(z.enum(BOT_AIMS)).default([]),
  /** Powers it fears, most feared first. */
  fears: z.array(PowerIdSchema).default([]),
  /** Appetite for risk, 0 (never gambles) to 1 (gambles on war). */
  risk: z.number().min(0).max(1).default(0.5),
  /** Trust in others' promises, 0 to 1. */
  trust: z.number().min(0).max(1).default(0.5),
  /** How firmly it keeps its word, 0 to 1. */
  honour: z.number().min(0).max(1).default(0.6),
  /** Liking (-1 to 1) for governments of each ideology. */
  affinities: z.partialRecord(z.enum(IDEOLOGIES), z.number().min(-1).max(1)).default({}),
});
export type Personality = z.infer<typeof PersonalitySchema>;

/**
 * A government's tolerance for risk from a turn on (issue 10, shared/src/deterrence): the
 * largest ratio of the coalition it expects against it to its own side's strength that it
 * will still face with force. Per period, sourced: Hitler's regime of 1933–35 is not the
 * regime of 1938–39.
 */
export const RiskPeriodSchema = z.strictObject({
  from: TurnLabelSchema,
  value: z.number().min(0).max(5),
  /** A period that applies only while this holds (a regime humbled by a riposte). */
  when: ConditionSchema.optional(),
  source: z.string().min(3),
});
export type RiskPeriod = z.infer<typeof RiskPeriodSchema>;

export const PowerDefSchema = z.strictObject({
  id: PowerIdSchema,
  seat: z.enum(SEAT_KINDS),
  /** Great powers on opposite sides make a general war. */
  great: z.boolean().default(false),
  government: z.enum(GOVERNMENTS),
  ideology: z.enum(IDEOLOGIES),
  capital: RegionIdSchema,
  army: figure,
  air: figure,
  navy: figure,
  /** 0 (peace footing) to 100 (full mobilisation). */
  mobilisation: figure.default(0),
  /** Production per turn. */
  industry: figure,
  stability: figure,
  warSupport: figure,
  credibility: figure.default(50),
  /**
   * Its record of keeping its word before the scenario's start (obligations honoured, treaties
   * breached), which others' trust reads: a later start point carries what history left.
   */
  honoured: z.int().min(0).default(0),
  breaches: z.int().min(0).default(0),
  /** Weight in European trade, for the bite of sanctions and embargoes. */
  trade: z.number().min(0).max(100).default(1),
  league: z.strictObject({
    member: z.boolean(),
    council: z.enum(["permanent", "elected"]).optional(),
  }),
  ap: z.number().int().min(0).optional(),
  /** The bot's character for this power; absent means the historical default. */
  personality: PersonalitySchema.optional(),
  /** Risk tolerance by period (deterrence); absent: the personality's risk decides. */
  riskTolerance: z.array(RiskPeriodSchema).default([]),
  /** Where the figures come from: a note per figure, or one for all. */
  sources: z.union([z.string().min(3), z.record(z.string(), z.string().min(3))]).optional(),
});
export type PowerDef = z.infer<typeof PowerDefSchema>;

export const RegionDefSchema = z.strictObject({
  id: RegionIdSchema,
  kind: z.enum(["land", "sea", "offmap"]),
  owner: PowerIdSchema.optional(),
  controller: PowerIdSchema.optional(),
  claims: z.array(PowerIdSchema).default([]),
  demilitarised: z.boolean().default(false),
  fortification: z.number().int().min(0).max(5).default(0),
  /** Points for scores and weight in war. */
  value: z.number().min(0).max(10).default(1),
  /** Every region it touches by land or a declared sea link; made symmetric on load. */
  adjacent: z.array(RegionIdSchema).default([]),
  /** The theatre a war over this region belongs to (Ethiopia: africa; the Far East: asia). */
  theatre: z.enum(["europe", "africa", "asia"]).default("europe"),
});
export type RegionDef = z.infer<typeof RegionDefSchema>;

export const InitialTreatySchema = TreatyDraftSchema.extend({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Signature date, ISO. */
  signed: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  source: z.string().min(3),
});

/**
 * League sanctions in force when the match opens (a later start point: the sanctions on Italy
 * of November 1935 at 1936-I), with the turn and the real date they were imposed and who
 * applies and refuses them. Imposed by the League before the match, not by one of its votes.
 */
export const InitialSanctionsSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  target: PowerIdSchema,
  oil: z.boolean().default(false),
  since: TurnLabelSchema,
  /** The date they were imposed, ISO. */
  imposed: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  applying: z.array(PowerIdSchema).default([]),
  refusing: z.array(PowerIdSchema).default([]),
  source: z.string().min(3),
});

export const InitialWarSchema = z.strictObject({
  aggressor: PowerIdSchema,
  victim: PowerIdSchema,
  theatre: z.enum(["europe", "africa", "asia"]).default("europe"),
});

/**
 * The start points at which an objective is in play (issue 18), both ends included: an aim
 * history settled before a later start is not offered there (`until`), an aim that only makes
 * sense at a later date is offered from it (`from`). No window: every start point.
 */
export const StartWindowSchema = z.strictObject({
  from: TurnLabelSchema.optional(),
  until: TurnLabelSchema.optional(),
});

export const ObjectiveSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  power: PowerIdSchema,
  points: z.number().positive(),
  condition: ConditionSchema,
  starts: StartWindowSchema.optional(),
});

export const CSI_MEASURES = [
  "noGeneralWar",
  "obligationsHonoured",
  "aggressionsOpposed",
  "lowTension",
  "leagueMembership",
  "sanctionsApplied",
] as const;

export const CsiComponentSchema = z.strictObject({
  id: z.string().min(1),
  weight: z.number().positive(),
  measure: z.enum(CSI_MEASURES).optional(),
  condition: ConditionSchema.optional(),
});

/** A remembered act that moves one power's trust in another (shared/src/deterrence/trust.ts). */
export const TrustRuleSchema = z.strictObject({
  when: ConditionSchema,
  of: z.array(PowerIdSchema).min(1),
  in: z.array(PowerIdSchema).min(1),
  delta: z.number(),
  source: z.string().min(3),
});
export type TrustRule = z.infer<typeof TrustRuleSchema>;

/** A named counterfactual switch (`--set passage=granted`). */
export const OptionSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/),
  default: z.string(),
  values: z
    .array(
      z.strictObject({
        value: z.string(),
        flags: z.array(z.string()).default([]),
        effects: z.array(EffectSchema).default([]),
      }),
    )
    .min(2),
});

/**
 * What a later start point inherits from the history before it (issue 18): the events that
 * fired there and when, and the crisis choices made. The match starts with them as its record,
 * so the debrief and the replay read them as "before this match began", not "did not happen".
 */
export const InheritedSchema = z.strictObject({
  fired: z.record(z.string().min(1), TurnLabelSchema).default({}),
  choices: z.record(z.string().min(1), z.record(PowerIdSchema, z.string().min(1))).default({}),
});
export type Inherited = z.infer<typeof InheritedSchema>;

/**
 * A milestone of the historical path (the simulator's history test): a condition over the
 * state and the turn it came to hold in history. A game reproduces it when the condition
 * first holds at the end of that turn.
 */
export const MilestoneSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  turn: TurnLabelSchema,
  /** English, for the simulator's report (a tool for authors, not a player's screen). */
  label: z.string().min(1),
  when: ConditionSchema,
  source: z.string().min(3),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const ScenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  version: z.number().int().min(1),
  start: TurnLabelSchema.default("1933-I"),
  rules: RulesSchema,
  tension: z.number().min(0).max(100),
  powers: z.array(PowerDefSchema).min(2),
  regions: z.array(RegionDefSchema).min(1),
  treaties: z.array(InitialTreatySchema).default([]),
  wars: z.array(InitialWarSchema).default([]),
  sanctions: z.array(InitialSanctionsSchema).default([]),
  events: z.array(EventSchema).default([]),
  objectives: z.array(ObjectiveSchema).default([]),
  csi: z.array(CsiComponentSchema).default([]),
  options: z.array(OptionSchema).default([]),
  flags: z.array(z.string()).default([]),
  inherited: InheritedSchema.optional(),
  trust: z.array(TrustRuleSchema).default([]),
  milestones: z.array(MilestoneSchema).default([]),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
