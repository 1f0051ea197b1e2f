import { z } from "zod";
import { ActionSchema } from "../actions/schema.ts";
import { PowerIdSchema, TurnLabelSchema } from "../scenario/conditions.ts";
import { TreatyDraftSchema } from "../treaties/clauses.ts";
import { blockText, lineText } from "../core/text.ts";

/**
 * Client → server messages that are not engine actions: match creation and joining, seats,
 * the lobby, host controls and chat. The server parses each with these schemas; an engine
 * action travels inside an `action` envelope and is parsed with `ActionSchema`.
 */

/** The room type every match runs in (`client.create(ROOM_NAME, …)`). */
export const ROOM_NAME = "match";
export const PROTOCOL_VERSION = 1;
export const MAX_CHAT_LENGTH = 1000;
/** Join codes avoid 0/O, 1/I/L: 31 symbols, 10 of them ≈ 49.5 bits. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 10;

/** Uppercase, without spaces or dashes, as typed by a person ("abcde-fghjk"). */
export function normaliseJoinCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

const seconds = z
  .number()
  .int()
  .min(0)
  .max(14 * 24 * 3600);

/** Seconds per phase; `null` for a phase without a deadline (long games, classrooms). */
export const PhaseTimersSchema = z.strictObject({
  news: seconds.nullable().default(20),
  diplomacy: seconds.nullable().default(180),
  orders: seconds.nullable().default(120),
  resolution: seconds.nullable().default(20),
  report: seconds.nullable().default(30),
});
export type PhaseTimers = z.infer<typeof PhaseTimersSchema>;

/** Settings chosen by the host when creating a match. */
export const CreateMatchSchema = z.strictObject({
  name: lineText(60).optional(),
  /** A scenario id from `GET /api/scenarios`; the server's default when absent. */
  scenario: z.string().min(1).max(64).optional(),
  /** A start point the scenario offers ("1936-I"); its first when absent. */
  start: TurnLabelSchema.optional(),
  /** Seats open to people; every other seat (and every minor power) is a bot. Default: all core and optional seats. */
  humanSeats: z.array(PowerIdSchema).max(32).optional(),
  /** `null`: no deadlines at all. */
  timers: PhaseTimersSchema.nullable().default({
    news: 20,
    diplomacy: 180,
    orders: 120,
    resolution: 20,
    report: 30,
  }),
  historicalEvents: z.boolean().default(true),
  hiddenObjectives: z.boolean().default(false),
  options: z.record(z.string().max(32), z.string().max(32)).default({}),
  visibility: z.enum(["public", "private"]).default("public"),
  /** On a missed deadline, the bot answers for a human seat that was not ready. */
  botOnDeadline: z.boolean().default(true),
  /**
   * The dice of the bots and the crises; a fresh one when absent. The same seed, start and
   * orders play the same match: a teacher gives two classes the same 1930s.
   */
  seed: z.int().min(0).max(0x7fffffff).optional(),
});
export type CreateMatch = z.infer<typeof CreateMatchSchema>;
export type CreateMatchInput = z.input<typeof CreateMatchSchema>;

/**
 * Options of `client.create(ROOM_NAME, …)` and `client.joinById(matchId, …)`.
 * - `create`: only with `client.create`; the creator becomes the host.
 * - `token`: a seat token from an earlier `seatToken` message: rejoin that seat.
 * - `hostToken`: the host token from `welcome`: rejoin as host.
 * - `code`: the join code of a private match.
 */
export const JoinOptionsSchema = z.strictObject({
  create: CreateMatchSchema.optional(),
  name: lineText(40).optional(),
  token: z.string().min(1).max(128).optional(),
  hostToken: z.string().min(1).max(128).optional(),
  code: z.string().min(1).max(32).optional(),
});
export type JoinOptions = z.input<typeof JoinOptionsSchema>;

/**
 * Channel ids: "public", or the sorted member powers joined by "+" ("DEU+FRA", "FRA+GBR+SUN");
 * one power alone ("FRA") is its team's own channel, where the teacher can write to one team.
 */
export const ChannelIdSchema = z
  .string()
  .regex(/^(public|[A-Z][A-Z0-9_]{1,15}(\+[A-Z][A-Z0-9_]{1,15}){0,11})$/, "a channel id");

export const ChatAttachmentSchema = z.union([
  z.strictObject({ treaty: z.string().min(1).max(64) }),
  z.strictObject({ draft: TreatyDraftSchema }),
]);

export const CLIENT_MESSAGES = {
  /**
   * An engine action for the sender's seat, quoting the version (`stateId`) of the view it was
   * decided on: stale when what the sender sees has changed since.
   */
  action: z.strictObject({
    ref: z.number().int().min(0).optional(),
    stateId: z.number().int().min(0),
    action: ActionSchema,
  }),
  /** Take a seat open to people (free or played by a bot), or a random one. */
  takeSeat: z.strictObject({ power: z.union([PowerIdSchema, z.literal("random")]) }),
  /** Give the seat back: a bot plays it and the seat token stops working. */
  leaveSeat: z.strictObject({}),
  /** Before the start: ready to begin. */
  lobbyReady: z.strictObject({ ready: z.boolean() }),
  host: z.discriminatedUnion("cmd", [
    z.strictObject({ cmd: z.literal("start") }),
    z.strictObject({ cmd: z.literal("pause") }),
    z.strictObject({ cmd: z.literal("resume") }),
    /** Hand a human seat to a bot (an absent player); the player may take it back. */
    z.strictObject({ cmd: z.literal("handToBot"), power: PowerIdSchema }),
  ]),
  /**
   * A patch did not apply (it started from a state id this client does not hold, after a lost
   * message): send me my view in full. Answered with a `view`.
   */
  resync: z.strictObject({}),
  chat: z.strictObject({
    ref: z.number().int().min(0).optional(),
    channel: ChannelIdSchema,
    text: blockText(MAX_CHAT_LENGTH),
    attach: ChatAttachmentSchema.optional(),
  }),
} as const;

export type ClientMessageType = keyof typeof CLIENT_MESSAGES;
export type ClientMessage<K extends ClientMessageType> = z.input<(typeof CLIENT_MESSAGES)[K]>;
export type ParsedClientMessage<K extends ClientMessageType> = z.infer<(typeof CLIENT_MESSAGES)[K]>;
