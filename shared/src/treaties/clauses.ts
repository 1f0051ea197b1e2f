import { z } from "zod";
import { lineText } from "../core/text.ts";
import {
  ConditionSchema,
  PowerIdSchema,
  RegionIdSchema,
  TurnLabelSchema,
} from "../scenario/conditions.ts";

/**
 * Conditions on an assistance clause: help is owed only when they hold. They express the
 * period's hedged promises — the Soviet–Czechoslovak protocol (16 May 1935) bound the USSR
 * only if France helped first; the British guarantee to Poland (31 March 1939) applied if
 * Poland chose to resist.
 */
export const AssistConditionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("thirdPartyActs"), power: PowerIdSchema }),
  z.strictObject({ kind: z.literal("leagueFinding") }),
  z.strictObject({ kind: z.literal("victimResists") }),
]);
export type AssistCondition = z.infer<typeof AssistConditionSchema>;

const base = { secret: z.boolean().default(false) };

/**
 * Whom a promise of help looks at: any aggressor, "a European state" (the Franco-Soviet
 * treaty of 2 May 1935, art. 2: "unprovoked aggression on the part of a European state"),
 * or named powers (the Franco-Polish alliance looked at Germany).
 */
export const AgainstSchema = z.union([
  z.literal("any"),
  z.literal("european"),
  PowerIdSchema,
  z.array(PowerIdSchema).min(1).max(12),
]);
export type Against = z.infer<typeof AgainstSchema>;

/**
 * Where the aggression must fall: anywhere, on the parties' own territory (the Franco-Soviet
 * and Soviet–Czechoslovak treaties of May 1935), or on named regions.
 */
export const TerritorySchema = z.union([
  z.literal("any"),
  z.literal("parties"),
  z.array(RegionIdSchema).min(1).max(40),
]);
export type Territory = z.infer<typeof TerritorySchema>;

/**
 * A defensive promise binds when the partner is the victim of aggression; an unconditional one
 * whenever the partner is at war, whoever began it (Pact of Steel, 22 May 1939, art. III).
 */
export const CASUS = ["defensive", "unconditional"] as const;

const assistance = {
  mode: z.enum(["automatic", "consultative"]),
  against: AgainstSchema.default("any"),
  /** Absent: defensive. */
  casus: z.enum(CASUS).optional(),
  /** Absent: anywhere. */
  territory: TerritorySchema.optional(),
  /**
   * Also binds when the aggressor flagrantly breaches a demilitarisation clause of the same
   * treaty (Locarno, 16 Oct 1925, art. 4(3): "flagrant violation of article 2 … or of
   * articles 42 or 43 of the Treaty of Versailles").
   */
  flagrantBreach: z.boolean().optional(),
  conditions: z.array(AssistConditionSchema).default([]),
};

/** How a party accedes to a treaty: its public part, or all of it with the secret articles. */
export const ACCESSION_PARTS = ["public", "all"] as const;

export const ClauseSchema = z.discriminatedUnion("kind", [
  /** The parties will not attack one another; with neutrality, nor help an attacker of one. */
  z.strictObject({
    kind: z.literal("nonAggression"),
    neutrality: z.boolean().default(false),
    ...base,
  }),
  z.strictObject({ kind: z.literal("consultation"), ...base }),
  /** Every party helps any other party that is attacked. */
  z.strictObject({ kind: z.literal("mutualAssistance"), ...assistance, ...base }),
  /** One-way: the guarantors help the beneficiary if it is attacked. */
  z.strictObject({
    kind: z.literal("guarantee"),
    guarantors: z.array(PowerIdSchema).min(1),
    beneficiary: PowerIdSchema,
    scope: z.enum(["independence", "borders"]),
    ...assistance,
    ...base,
  }),
  z.strictObject({
    kind: z.literal("militaryAccess"),
    grantor: PowerIdSchema,
    grantee: PowerIdSchema,
    /** Empty means the grantor's whole territory. */
    regions: z.array(RegionIdSchema).default([]),
    ...base,
  }),
  /** Turns a promise into effective help: forces committed and staff talks held. */
  z.strictObject({
    kind: z.literal("militaryConvention"),
    forces: z.number().min(0).max(1).default(0.3),
    staffTalks: z.boolean().default(true),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("spheres"),
    spheres: z
      .array(z.strictObject({ power: PowerIdSchema, regions: z.array(RegionIdSchema).min(1) }))
      .min(1),
    ...base,
  }),
  /** A dated transfer; the losing state need not be a party (Munich, 29 September 1938). */
  z.strictObject({
    kind: z.literal("territorialTransfer"),
    regions: z.array(RegionIdSchema).min(1),
    from: PowerIdSchema,
    to: PowerIdSchema,
    on: TurnLabelSchema.optional(),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("demilitarisation"),
    regions: z.array(RegionIdSchema).min(1),
    ...base,
  }),
  /** The limited party keeps its navy at or below `ratio` of the other's (35 %, June 1935). */
  z.strictObject({
    kind: z.literal("navalLimitation"),
    limited: PowerIdSchema,
    relativeTo: PowerIdSchema,
    ratio: z.number().min(0).max(2),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("trade"),
    volume: z.number().min(0).max(10).default(1),
    ...base,
  }),
  z.strictObject({ kind: z.literal("nonIntervention"), conflict: z.string().min(1), ...base }),
  /**
   * Narrows or defines the terms of another clause of the same treaty, usually in a secret
   * protocol: the Anglo-Polish agreement of 25 Aug 1939 promised help against "a European
   * Power" (art. 1) and its secret protocol said that meant Germany. Outsiders see the public
   * wording; the parties are bound, and enforcement runs, by the qualified text.
   */
  z.strictObject({
    kind: z.literal("qualifies"),
    /** Index, in this treaty, of the assistance clause qualified. */
    clause: z.number().int().min(0).max(19),
    against: AgainstSchema.optional(),
    casus: z.enum(CASUS).optional(),
    territory: TerritorySchema.optional(),
    /** Conditions added to the qualified clause's own. */
    conditions: z.array(AssistConditionSchema).default([]),
    ...base,
  }),
  /**
   * A protocol of accession: signed by the treaty's parties and the acceding power, it makes
   * that power a party to the public part or to all of it (Italy to the Anti-Comintern Pact,
   * 6 Nov 1937; Hungary, Manchukuo and Spain in 1939).
   */
  z.strictObject({
    kind: z.literal("accession"),
    treaty: z.string().min(1).max(64),
    power: PowerIdSchema,
    part: z.enum(ACCESSION_PARTS).default("public"),
    ...base,
  }),
  /**
   * Arbitration: two states ask arbiters to award disputed regions (First Vienna Award,
   * 2 Nov 1938: Czechoslovakia and Hungary asked Germany and Italy). The arbiters decide; the
   * holder complies or resists, and resisting an award it asked for breaks the treaty.
   */
  z.strictObject({
    kind: z.literal("arbitration"),
    arbiters: z.array(PowerIdSchema).min(1).max(5),
    claimant: PowerIdSchema,
    holder: PowerIdSchema,
    regions: z.array(RegionIdSchema).min(1).max(12),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("recognition"),
    government: PowerIdSchema,
    regions: z.array(RegionIdSchema).default([]),
    ...base,
  }),
]);
export type Clause = z.infer<typeof ClauseSchema>;
export type ClauseInput = z.input<typeof ClauseSchema>;
export type ClauseKind = Clause["kind"];
export const CLAUSE_KINDS = ClauseSchema.options.map<ClauseKind>((o) => o.shape.kind.value);

/**
 * How a treaty ends (each treaty says so). `notice`: turns' notice of denunciation (default:
 * the scenario's rule); `lockedFor`: turns in force before it may be denounced at all (the
 * Franco-Soviet treaty: five years, then a year's notice). Denouncing before, or without the
 * notice, is a breach. `onBreach`: a breach ends it, or it survives among the others and the
 * breaker loses its benefits (Kellogg–Briand Pact, preamble). `onPartyGone`: the disappearance
 * of a party ends it, or it goes on among the rest.
 */
export const EndsSchema = z.strictObject({
  notice: z.number().int().min(0).max(20).optional(),
  lockedFor: z.number().int().min(0).max(40).default(0),
  onBreach: z.enum(["ends", "survives"]).default("ends"),
  onPartyGone: z.enum(["ends", "survives"]).default("ends"),
});
export type Ends = z.infer<typeof EndsSchema>;
export type EndsInput = z.input<typeof EndsSchema>;

export const TreatyDraftSchema = z.strictObject({
  name: lineText(120),
  parties: z.array(PowerIdSchema).min(1).max(12),
  clauses: z.array(ClauseSchema).min(1).max(20),
  /** In turns; absent means without term. */
  duration: z.number().int().min(1).max(40).optional(),
  /**
   * Entry into force deferred to a date or a condition, besides ratification (the Polish–
   * Soviet protocol; a treaty that waits until other claims are settled).
   */
  entry: z
    .strictObject({ on: TurnLabelSchema.optional(), when: ConditionSchema.optional() })
    .optional(),
  ends: EndsSchema.optional(),
});
export type TreatyDraft = z.infer<typeof TreatyDraftSchema>;
export type TreatyDraftInput = z.input<typeof TreatyDraftSchema>;
