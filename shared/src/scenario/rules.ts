import { z } from "zod";

/**
 * The tuning numbers. They are scenario data (game.md: "numbers are tuning"), documented in
 * RULES.md; the defaults here let small test scenarios omit them.
 */
const costs = z
  .object({
    ratify: z.number().int().min(0).default(1),
    denounce: z.number().int().min(0).default(1),
    guarantee: z.number().int().min(0).default(2),
    demand: z.number().int().min(0).default(1),
    joinLeague: z.number().int().min(0).default(1),
    leaveLeague: z.number().int().min(0).default(1),
    callConference: z.number().int().min(0).default(2),
    grantAccess: z.number().int().min(0).default(1),
    refuseAccess: z.number().int().min(0).default(0),
    recognise: z.number().int().min(0).default(1),
    aid: z.number().int().min(0).default(1),
    intelligence: z.number().int().min(0).default(1),
    rearm: z.number().int().min(0).default(1),
    mobilise: z.number().int().min(0).default(2),
    demobilise: z.number().int().min(0).default(1),
    fortify: z.number().int().min(0).default(1),
    remilitarise: z.number().int().min(0).default(1),
    occupy: z.number().int().min(0).default(2),
    annex: z.number().int().min(0).default(1),
    declareWar: z.number().int().min(0).default(1),
    attack: z.number().int().min(0).default(1),
    blockade: z.number().int().min(0).default(1),
    embargo: z.number().int().min(0).default(1),
    invest: z.number().int().min(0).default(1),
    tableMotion: z.number().int().min(0).default(1),
    propose: z.number().int().min(0).default(0),
  })
  .prefault({});

export const RulesSchema = z
  .object({
    apPerTurn: z.number().int().min(1).default(6),
    orderCosts: costs,
    /** Turns between signature and ratification, by government type. */
    ratificationDelay: z
      .object({
        democracy: z.number().int().min(0).default(1),
        authoritarian: z.number().int().min(0).default(0),
        totalitarian: z.number().int().min(0).default(0),
      })
      .prefault({}),
    denunciationNotice: z.number().int().min(0).default(1),
    maxOrdersPerTurn: z.number().int().min(1).default(12),
    tension: z
      .object({
        decay: z.number().min(0).default(2),
        /** Each turn tension also falls by this share of itself: high tension cools faster. */
        decayShare: z.number().min(0).max(1).default(0),
        democracyWar: z.number().min(0).max(100).default(55),
        guarantee: z.number().min(0).max(100).default(25),
        mobilise: z.number().min(0).max(100).default(35),
        rearm: z.number().default(1),
        mobilisation: z.number().default(3),
        remilitarise: z.number().default(8),
        demand: z.number().default(3),
        annex: z.number().default(10),
        war: z.number().default(15),
        breach: z.number().default(6),
        leaveLeague: z.number().default(4),
        settlement: z.number().default(-3),
        leagueSuccess: z.number().default(-4),
        /** A lawful denunciation. */
        denounce: z.number().default(2),
        /** A territory ceded peacefully to a demand or an ultimatum. */
        cession: z.number().default(3),
        ultimatumCession: z.number().default(6),
      })
      .prefault({}),
    credibility: z
      .object({
        honour: z.number().default(6),
        consult: z.number().default(1),
        breach: z.number().default(20),
        sanctionsRefused: z.number().default(6),
        /** Refusing sanctions the Assembly only recommended (not a binding Council decision). */
        recommendationRefused: z.number().default(2),
        treatyViolated: z.number().default(12),
        /** Declining a consultation a treaty asks for. */
        consultDeclined: z.number().default(2),
        /** Denouncing a treaty lawfully, with its notice: lost with the partners' trust. */
        denounce: z.number().default(3),
        /** Covert aid in breach of non-intervention, once discovered. */
        covertDiscovered: z.number().default(10),
      })
      .prefault({}),
    economy: z
      .object({
        rearmCost: z.number().positive().default(2),
        rearmStep: z.number().positive().default(2),
        investCost: z.number().positive().default(3),
        investStep: z.number().positive().default(1),
        fortifyCost: z.number().min(0).default(2),
        maxFortification: z.number().int().min(0).default(3),
        mobilisationUpkeep: z.number().min(0).default(2),
        /** Production yielded per point of industry each turn. */
        yield: z.number().min(0).default(0.25),
        /** Share of production lost for all the target's trade embargoed (scaled by trade share). */
        embargoBite: z.number().min(0).max(1).default(0.5),
      })
      .prefault({}),
    war: z
      .object({
        airWeight: z.number().min(0).default(0.6),
        mobilisedBonus: z.number().min(0).default(1),
        fortificationBonus: z.number().min(0).default(0.25),
        /**
         * A demilitarised region is held at this share of its holder's strength: no forces
         * may stand there nor works be built (Versailles arts. 42–43, Locarno art. 2).
         */
        demilitarisedDefence: z.number().min(0).max(1).default(0.5),
        overrunRatio: z.number().min(1).default(3),
        breakthroughRatio: z.number().min(1).default(1.5),
        noise: z.number().min(0).max(0.5).default(0.1),
        conventionBonus: z.number().min(0).default(0.25),
        attrition: z.number().min(0).max(1).default(0.08),
        oilBite: z.number().min(0).max(1).default(0.3),
        /** The further share an oil embargo takes from an expedition outside its home theatre. */
        overseasOilBite: z.number().min(0).max(5).default(2),
        /** Mobilisation points gained or shed by one mobilise / demobilise order. */
        mobilisationStep: z.number().min(1).max(100).default(50),
        /** Navy needed to blockade. */
        blockadeNavy: z.number().min(0).default(15),
        /** Production lost by a blockaded power when the blockader's navy matches its own. */
        blockadeBite: z.number().min(0).max(1).default(0.2),
        /** Share of an aiding power's strength that reaches its side in a civil war. */
        aidWeight: z.number().min(0).max(1).default(0.1),
        /** War support and stability lost per turn at war (war-weariness). */
        weariness: z.number().min(0).default(3),
        wearinessStability: z.number().min(0).default(1),
      })
      .prefault({}),
    /**
     * The war beyond its outbreak (war/forecast.ts, RULES.md "After the outbreak"): how far
     * the war rules project a general war, when a side breaks, and what the outcome does to
     * the scores.
     */
    forecast: z
      .object({
        /** Half-years projected (six years: 1939–1945). */
        horizon: z.number().int().min(1).max(20).default(12),
        /** A side breaks when worn below this share of its fully mobilised strength. */
        collapse: z.number().min(0).max(1).default(0.45),
        /** Share of a blockaded side's war production lost (1914–18, 1939–45). */
        blockadeCut: z.number().min(0).max(1).default(0.3),
        /** An invaded power's score is multiplied by this. */
        invadedFactor: z.number().min(0).max(1).default(0.4),
        /** Points off the score of a power on the losing side that is not invaded. */
        defeatPenalty: z.number().min(0).max(100).default(25),
      })
      .prefault({}),
    league: z
      .object({
        sanctionsBite: z.number().min(0).max(1).default(0.5),
        nonMemberLeak: z.number().min(0).max(1).default(0.5),
      })
      .prefault({}),
    intelligence: z
      .object({
        revealChance: z.number().min(0).max(1).default(0.35),
        /** Chance per turn that covert aid in breach of non-intervention comes out. */
        covertDiscovery: z.number().min(0).max(1).default(0.25),
      })
      .prefault({}),
    /** Turns of ratification delay for a named power, where the record says it took longer. */
    ratificationDelayFor: z.record(z.string(), z.number().int().min(0).max(8)).default({}),
    reach: z
      .object({
        /** Navy a helper needs to carry help by sea. */
        minNavy: z.number().min(0).default(10),
        /** An enemy navy at least this multiple of the helper's closes the seas off its coast. */
        blockadeRatio: z.number().min(0).default(1),
      })
      .prefault({}),
  })
  .prefault({});
export type Rules = z.infer<typeof RulesSchema>;
export type OrderCostKind = keyof Rules["orderCosts"];
