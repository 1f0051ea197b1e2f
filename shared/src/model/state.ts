import type { RngState } from "../core/rng.ts";
import type { Phase } from "../core/calendar.ts";
import type { Figure } from "../scenario/conditions.ts";
import type { Clause, Ends } from "../treaties/clauses.ts";
import type { Condition } from "../scenario/conditions.ts";
import type { Order } from "../actions/orders.ts";

export type PowerId = string;
export type RegionId = string;
export type TreatyId = string;
/** Who acts: a power's seat, or the system (the server's clock, a teacher's inject). */
export type Actor = PowerId | "system";

export interface MatchSettings {
  readonly seed: number;
  readonly historicalEvents: boolean;
  readonly hiddenObjectives: boolean;
  /** Counterfactual switches by key (scenario `options`). */
  readonly options: Readonly<Record<string, string>>;
}

export interface PowerState extends Record<Figure, number> {
  id: PowerId;
  ap: number;
  /** Production banked, spent on rearmament, fortification and the economy. */
  production: number;
  league: { member: boolean; council?: "permanent" | "elected" | undefined };
  alive: boolean;
  ready: boolean;
  /** Pending orders for this turn: secret until resolution. */
  orders: Order[];
  /** Turn of the last successful intelligence work on each power. */
  intel: Record<PowerId, number>;
  embargoes: PowerId[];
  recognises: PowerId[];
  /** Civil-war side this power aids, by conflict id. */
  aid: Record<string, PowerId>;
  honoured: number;
  breaches: number;
}

export interface RegionState {
  owner: PowerId | null;
  controller: PowerId | null;
  claims: PowerId[];
  demilitarised: boolean;
  fortification: number;
}

export type TreatyStatus =
  | "proposed"
  | "rejected"
  | "withdrawn"
  | "superseded"
  | "signed"
  | "inForce"
  | "expired"
  | "denounced"
  | "violated";

export interface Treaty {
  id: TreatyId;
  name: string;
  parties: PowerId[];
  clauses: Clause[];
  duration?: number | undefined;
  /** Entry into force deferred to a date or a condition (besides ratification). */
  entry?: { on?: string | undefined; when?: Condition | undefined } | undefined;
  /** How it ends: notice, lock-in, and whether it survives a breach or a party's end. */
  ends?: Ends | undefined;
  /** The scenario's key for a treaty an event made, so later events can name it. */
  key?: string | undefined;
  status: TreatyStatus;
  proposer: PowerId | "system";
  proposedTurn: number;
  signatures: PowerId[];
  /** Party → turn its ratification takes effect (set by its ratify order). */
  ratifications: Record<PowerId, number>;
  signedTurn?: number | undefined;
  inForceTurn?: number | undefined;
  /**
   * The real date of signature (ISO) of a treaty the match inherits from the scenario
   * (Versailles, 1919-06-28): its turns above are the match's start, not its history.
   */
  signedOn?: string | undefined;
  endTurn?: number | undefined;
  denunciation?: { by: PowerId; effectiveTurn: number } | undefined;
  violatedBy?: PowerId | undefined;
  /** Parties who broke a treaty that survives breach: they lost its benefits. */
  breachedBy?: PowerId[] | undefined;
  /** Powers that acceded later, and to what: only the public part, or all of it. */
  acceded?: Record<PowerId, "public" | "all"> | undefined;
  /** The arbiters' award, by arbitration clause index: to the claimant or the holder. */
  awards?: Record<number, "claimant" | "holder"> | undefined;
  /** Non-parties who have learnt its secret clauses. */
  revealedTo: PowerId[];
  /** Every secret clause made public by a signatory or a leak. */
  public: boolean;
  /** The proposal this one counters. */
  counters?: TreatyId | undefined;
  channel?: string | undefined;
  /**
   * Only in a view with secret clauses cut: the index in the full treaty of each clause shown
   * (obligations and warnings name clauses by that index).
   */
  clauseNumbers?: number[] | undefined;
}

export type MotionKind =
  "condemn" | "sanctions" | "oilEmbargo" | "liftSanctions" | "admit" | "expel" | "conference";
export type Vote = "yes" | "no" | "abstain";

export interface Motion {
  id: string;
  kind: MotionKind;
  body: "council" | "assembly";
  target: PowerId;
  victim?: PowerId | undefined;
  proposer: PowerId;
  turn: number;
  votes: Record<PowerId, Vote>;
  status: "tabled" | "passed" | "failed";
}

export interface Sanctions {
  id: string;
  motion: string;
  target: PowerId;
  oil: boolean;
  since: number;
  applying: PowerId[];
  refusing: PowerId[];
  active: boolean;
  /** An event's sanctions may lapse by themselves at the end of this turn. */
  until?: number | undefined;
  /**
   * The real date (ISO) of sanctions the match inherits from a later start point (Italy,
   * 18 November 1935): `since` is then their historical turn, before the match's start.
   */
  imposedOn?: string | undefined;
}

export type Theatre = "europe" | "africa" | "asia";

export interface War {
  id: string;
  theatre: Theatre;
  /** sides[0] attacks, sides[1] defends. */
  sides: [PowerId[], PowerId[]];
  aggressor: PowerId;
  victim: PowerId;
  startedTurn: number;
  endedTurn?: number | undefined;
  /** A civil war's conflict id (non-intervention clauses name it). */
  conflict?: string | undefined;
  /** Attacks ordered this turn, fought at the end of the Resolution phase. */
  offensives?: Array<{ by: PowerId; region: RegionId }> | undefined;
  /** Blockades in force for the rest of the war. */
  blockades?: Array<{ by: PowerId; target: PowerId }> | undefined;
}

/** `breach`: a flagrant breach of a demilitarisation, which opens guarantees that say so. */
export type AggressionKind = "war" | "attack" | "occupation" | "ultimatum" | "breach";

export interface Aggression {
  id: string;
  turn: number;
  kind: AggressionKind;
  aggressor: PowerId;
  victim: PowerId;
  regions: RegionId[];
  theatre: Theatre;
  /** Undefined until the victim decides. */
  resisted?: boolean | undefined;
  warId?: string | undefined;
}

export type ObligationStatus =
  "pending" | "open" | "honoured" | "consulted" | "declined" | "broken" | "lapsed";

export interface Obligation {
  id: string;
  aggression: string;
  treaty: TreatyId;
  clause: number;
  power: PowerId;
  beneficiary: PowerId;
  /** `consultation`: a consultation clause asks the parties to consult (or decline). */
  mode: "automatic" | "consultative" | "consultation";
  status: ObligationStatus;
  /** The side of the war the help goes to: 1 the victim's; 0 an unconditional ally's. */
  side?: 0 | 1 | undefined;
  /** Whether the obliged power's forces can reach the beneficiary (passage, sea). */
  reachable: boolean;
  /** Why it is pending or lapsed, as a stable code for reports. */
  reason?: string | undefined;
}

export type DecisionKind =
  "crisis" | "obligation" | "victim" | "demand" | "award" | "transfer" | "sanctions" | "excuse";

/**
 * A choice the rules ask of one power, with a default applied when it does not answer
 * (the standing order). Crisis choices, obligation decisions, a victim's resistance, an
 * answer to a demand, compliance with a transfer, applying League sanctions: one mechanism.
 */
export interface Decision {
  id: string;
  kind: DecisionKind;
  power: PowerId;
  /** The event, obligation, aggression, demand, treaty or sanctions id it is about. */
  ref: string;
  options: string[];
  default: string;
  choice?: string | undefined;
  turn: number;
  /** Resolved at the end of this phase. */
  due: "orders" | "resolution";
}

export interface Demand {
  id: string;
  from: PowerId;
  to: PowerId;
  regions: RegionId[];
  ultimatum: boolean;
  turn: number;
  status: "open" | "accepted" | "refused";
}

export interface Conference {
  id: string;
  convener: PowerId;
  regions: RegionId[];
  invitees: PowerId[];
  turn: number;
}

export interface NewsItem {
  turn: number;
  key: string;
  params: Record<string, string | number>;
  /** Private intelligence for these powers only; public when absent. */
  to?: PowerId[] | undefined;
  /** How far world tension moved because of what this item reports (absent: not at all). */
  tension?: number | undefined;
}

export interface GameState {
  v: 1;
  scenario: string;
  /** Count of accepted actions: the state id that clients quote to detect stale views. */
  stateId: number;
  turn: number;
  phase: Phase;
  rng: RngState;
  settings: MatchSettings;
  flags: string[];
  tension: number;
  powers: Record<PowerId, PowerState>;
  regions: Record<RegionId, RegionState>;
  treaties: Record<TreatyId, Treaty>;
  motions: Record<string, Motion>;
  sanctions: Record<string, Sanctions>;
  wars: Record<string, War>;
  aggressions: Record<string, Aggression>;
  obligations: Record<string, Obligation>;
  decisions: Record<string, Decision>;
  demands: Record<string, Demand>;
  conferences: Record<string, Conference>;
  /** Fired events by id → turn. */
  fired: Record<string, number>;
  /** Crisis choices made: event → power → choice. */
  choices: Record<string, Record<PowerId, string>>;
  news: NewsItem[];
  nextId: number;
  ended?: { turn: number; reason: "calendar" | "generalWar" } | undefined;
}
