import { z } from "zod";
import { blockText } from "../core/text.ts";
import { PowerIdSchema } from "../scenario/conditions.ts";
import {
  ChannelIdSchema,
  CreateMatchSchema,
  JoinOptionsSchema,
  MAX_CHAT_LENGTH,
} from "./client.ts";
import { ROLES, type Memo, type Role } from "../class/types.ts";
import type { Debrief } from "../class/debrief.ts";

/**
 * Classroom mode on the wire. A class is a private match whose creator is the teacher: the
 * teacher's link carries the host token, students join with the match's code and a display
 * name and receive a student token (several students may play one power, each with roles).
 */

export const RoleSchema = z.enum(ROLES);
export const MAX_TEAM = 5;
export const MAX_MEMO_LENGTH = 1200;
export const MAX_INJECT_LENGTH = 600;

/** What a teacher chooses besides the match settings. */
export const ClassSettingsSchema = z.strictObject({
  /** Ask each team for a memo ("what did you decide and why?") at the end of each turn. */
  memos: z.boolean().default(true),
  /** Students per power, 1–5. */
  teamMax: z.number().int().min(1).max(MAX_TEAM).default(MAX_TEAM),
});
export type ClassSettings = z.infer<typeof ClassSettingsSchema>;

/**
 * Join options of a class room: the match's options, plus `class` when the teacher creates it
 * and `screen` for the projector's big screen (a spectator that holds the code).
 */
export const ClassJoinOptionsSchema = JoinOptionsSchema.extend({
  create: CreateMatchSchema.optional(),
  class: ClassSettingsSchema.optional(),
  screen: z.literal(true).optional(),
});
export type ClassJoinOptions = z.input<typeof ClassJoinOptionsSchema>;

const studentId = z.string().min(1).max(32);
/** Names and texts others read: without control, bidi or ANSI characters (`core/text.ts`). */
const text = (max: number) => blockText(max);

/** The teacher's controls (message type `teacher`); refused with ERR_NOT_TEACHER for others. */
export const TeacherCommandSchema = z.discriminatedUnion("cmd", [
  /** Resend the class info and memos (a page that attached its listeners late). */
  z.strictObject({ cmd: z.literal("sync") }),
  z.strictObject({ cmd: z.literal("start") }),
  z.strictObject({ cmd: z.literal("pause") }),
  z.strictObject({ cmd: z.literal("resume") }),
  /** End the current phase now. */
  z.strictObject({ cmd: z.literal("advance") }),
  /** Add (or, negative, take away) seconds on the running phase's clock. */
  z.strictObject({ cmd: z.literal("extend"), seconds: z.number().int().min(-3600).max(3600) }),
  /** Undo the last resolution: back to that turn's Orders phase, logged. */
  z.strictObject({ cmd: z.literal("rollback") }),
  /** Hand a power to a bot (on) or back to its students (off). */
  z.strictObject({ cmd: z.literal("bot"), power: PowerIdSchema, on: z.boolean() }),
  z.strictObject({
    cmd: z.literal("assign"),
    student: studentId,
    power: PowerIdSchema.nullable(),
    roles: z.array(RoleSchema).max(ROLES.length).default([]),
  }),
  z.strictObject({ cmd: z.literal("autoAssign"), by: z.enum(["random", "preferences"]) }),
  /** Take a student out of the class (their token no longer opens it). */
  z.strictObject({ cmd: z.literal("remove"), student: studentId }),
  /** Correct a student's display name. */
  z.strictObject({ cmd: z.literal("rename"), student: studentId, name: text(40) }),
  /** End the match now (the bell rang): it is finished, its debrief and replay stay. */
  z.strictObject({ cmd: z.literal("end") }),
  /** A student who lost their token joined again: give the new join the old place. */
  z.strictObject({ cmd: z.literal("readmit"), student: studentId, as: studentId }),
  z.strictObject({
    cmd: z.literal("news"),
    text: text(MAX_INJECT_LENGTH),
    to: z.array(PowerIdSchema).max(32).optional(),
  }),
  z.strictObject({ cmd: z.literal("fireEvent"), event: z.string().min(1).max(64) }),
  /**
   * Write to any channel of the match, a team's private ones included: the teacher already
   * reads them all (students are told so), and may need to nudge one team without the others.
   */
  z.strictObject({
    cmd: z.literal("chat"),
    channel: ChannelIdSchema,
    text: text(MAX_CHAT_LENGTH),
  }),
  z.strictObject({ cmd: z.literal("memos"), ask: z.boolean() }),
  /** Send the debrief report now (at the end, or at any moment). */
  z.strictObject({ cmd: z.literal("debrief") }),
]);
export type TeacherCommand = z.input<typeof TeacherCommandSchema>;

/** A student's messages (type `student`). */
export const StudentCommandSchema = z.discriminatedUnion("cmd", [
  z.strictObject({ cmd: z.literal("sync") }),
  z.strictObject({ cmd: z.literal("prefer"), powers: z.array(PowerIdSchema).max(3) }),
  z.strictObject({ cmd: z.literal("briefingRead") }),
  z.strictObject({ cmd: z.literal("memo"), text: text(MAX_MEMO_LENGTH) }),
]);
export type StudentCommand = z.input<typeof StudentCommandSchema>;

export const CLASS_MESSAGES = {
  teacher: TeacherCommandSchema,
  student: StudentCommandSchema,
} as const;

export interface ClassStudent {
  id: string;
  name: string;
  power: string | null;
  /** Assigned roles; a team of one holds every role whatever this says. */
  roles: Role[];
  prefs: string[];
  briefingRead: boolean;
  connected: boolean;
}

/**
 * The class as one client may see it: the teacher sees every student; a student sees
 * themself and their own team (never who plays the other powers' roles).
 */
export interface ClassInfo {
  matchId: string;
  /** Only to the teacher (and the big screen): the code students type. */
  code?: string | undefined;
  /** Shown to students: the teacher can read every channel. */
  teacherReads: true;
  askMemos: boolean;
  teamMax: number;
  students: ClassStudent[];
  /** The receiving student's id. */
  you?: string | undefined;
  /** The receiving student's effective roles (all four in a team of one; none while a bot plays). */
  yourRoles?: Role[] | undefined;
  /** To a student: their team's memos (so every member sees what the team handed in). */
  teamMemos?: Memo[] | undefined;
  /** The receiving student's country is played by a bot for now (the teacher handed it over). */
  handedToBot?: boolean | undefined;
  /** Only to the teacher: the powers handed to a bot although students hold them. */
  botPowers?: string[] | undefined;
  /** To the teacher and the big screen: the server's addresses on the local network. */
  addresses?: string[] | undefined;
  /** Rollbacks so far (turn labels), for the teacher. */
  rollbacks?: { at: number; turn: number; undone: number }[] | undefined;
}

export interface ClassServerMessages {
  /** Only to the student who joined: keep it to come back (reload, another device). */
  classWelcome: { student: string; token: string };
  class: ClassInfo;
  /** Only to the teacher: every memo so far. */
  memos: { memos: Memo[] };
  /** Only to the teacher, on request. */
  debrief: { debrief: Debrief };
  /** To a student the teacher took out of the class, before the connection closes. */
  removed: Record<string, never>;
}

/** The close code of a student's connection when the teacher removes them (not rejoined). */
export const CLASS_REMOVED = 4110;

export const CLASS_ERRORS = [
  "ERR_NOT_TEACHER",
  "ERR_NOT_STUDENT",
  "ERR_NOT_YOUR_ROLE",
  "ERR_TEAM_FULL",
  "ERR_NOTHING_TO_UNDO",
  "ERR_NO_STUDENT",
  "ERR_HANDED_TO_BOT",
  "ERR_TWO_HEADS",
] as const;
export type ClassErrorCode = (typeof CLASS_ERRORS)[number];
