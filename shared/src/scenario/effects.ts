import { z } from "zod";
import { TreatyDraftSchema } from "../treaties/clauses.ts";
import { FigureSchema, PowerIdSchema, RegionIdSchema } from "./conditions.ts";

/** A treaty of the scenario (its id) or made by an event (its key). */
export const TreatyKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** What events, crisis choices and branches do to the state. Data, not code. */
export const EffectSchema = z.union([
  z.strictObject({ tension: z.number() }),
  z.strictObject({
    figure: z.strictObject({ power: PowerIdSchema, figure: FigureSchema, delta: z.number() }),
  }),
  /** Owner and controller change hands peacefully. */
  z.strictObject({
    transfer: z.strictObject({ regions: z.array(RegionIdSchema).min(1), to: PowerIdSchema }),
  }),
  z.strictObject({ demilitarise: z.strictObject({ region: RegionIdSchema, value: z.boolean() }) }),
  z.strictObject({ fortify: z.strictObject({ region: RegionIdSchema, delta: z.number() }) }),
  z.strictObject({ joinLeague: PowerIdSchema }),
  z.strictObject({ leaveLeague: PowerIdSchema }),
  /** A Council seat given (the USSR's permanent seat, September 1934) or taken (null). */
  z.strictObject({
    councilSeat: z.strictObject({
      power: PowerIdSchema,
      seat: z.enum(["permanent", "elected"]).nullable(),
    }),
  }),
  /**
   * A treaty that comes into force at once (an event's settlement or pact), or waits for its
   * `entry` date or condition. `key` names it for later events (accession, breach, end).
   */
  z.strictObject({ treaty: TreatyDraftSchema, key: TreatyKeySchema.optional() }),
  /**
   * A flagrant breach of demilitarisation: the regions are remilitarised, guarantees that
   * cover such a breach open, and the treaties that kept them demilitarised are violated.
   */
  z.strictObject({
    remilitarise: z.strictObject({
      power: PowerIdSchema,
      regions: z.array(RegionIdSchema).min(1),
    }),
  }),
  /** A party breaks a treaty (named by scenario id or event key): the treaty's own rule applies. */
  z.strictObject({ violate: z.strictObject({ treaty: TreatyKeySchema, by: PowerIdSchema }) }),
  /** A power accedes to a treaty in force, to its public part or all of it. */
  z.strictObject({
    accede: z.strictObject({
      treaty: TreatyKeySchema,
      power: PowerIdSchema,
      part: z.enum(["public", "all"]).default("public"),
    }),
  }),
  /** A party ends a treaty lawfully (Belgium ended its 1920 accord with France, 6 Mar 1936). */
  z.strictObject({ denounce: z.strictObject({ treaty: TreatyKeySchema, by: PowerIdSchema }) }),
  /** An act of aggression: opens the war, the victim's choice and every obligation it triggers. */
  z.strictObject({
    aggression: z.strictObject({
      aggressor: PowerIdSchema,
      victim: PowerIdSchema,
      regions: z.array(RegionIdSchema).default([]),
      theatre: z.enum(["europe", "africa", "asia"]).default("europe"),
    }),
  }),
  /** A civil war: the listed regions pass to the insurgent side and the two sides fight. */
  z.strictObject({
    civilWar: z.strictObject({
      id: z.string().min(1),
      government: PowerIdSchema,
      insurgent: PowerIdSchema,
      regions: z.array(RegionIdSchema).min(1),
    }),
  }),
  /**
   * A civil war is won (Spain, 1 April 1939): the losing government capitulates to the winner,
   * which is the state from then on and takes the seat of the loser in the League; foreign
   * helpers leave the war.
   */
  z.strictObject({
    endCivilWar: z.strictObject({ id: z.string().min(1), winner: PowerIdSchema }),
  }),
  /**
   * The League imposes economic sanctions on a state (or lifts them): each member then decides
   * whether it applies them. Scenario options and events need it — the oil embargo of 1935
   * that never came, and the sanctions of November 1935 when historical events are off.
   */
  z.strictObject({
    sanctions: z.strictObject({
      target: PowerIdSchema,
      oil: z.boolean().default(false),
      lift: z.boolean().default(false),
      /** Turns after which the sanctions lapse by themselves, unless lifted sooner. */
      lapseAfter: z.number().int().min(1).max(20).optional(),
    }),
  }),
  z.strictObject({ setFlag: z.string().min(1) }),
  z.strictObject({ clearFlag: z.string().min(1) }),
  /** A news item; `to` makes it private intelligence for the listed powers. */
  z.strictObject({
    news: z.strictObject({ key: z.string().min(1), to: z.array(PowerIdSchema).optional() }),
  }),
]);
export type Effect = z.infer<typeof EffectSchema>;
