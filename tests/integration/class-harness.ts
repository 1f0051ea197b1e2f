import { Client } from "@colyseus/sdk";
import {
  ROOM_NAME,
  type ClassInfo,
  type ClassJoinOptions,
  type ClassServerMessages,
  type CreateMatchInput,
  type StudentCommand,
  type TeacherCommand,
} from "@cs/shared";
import { Player } from "./harness.ts";

/** Classroom helpers over the server harness's SDK players. */
export async function createClass(
  url: string,
  settings: CreateMatchInput = { scenario: "mini", timers: null },
  klass: ClassJoinOptions["class"] = {},
): Promise<Player> {
  const room = await new Client(url).create(ROOM_NAME, {
    create: settings,
    class: klass,
    name: "Teacher",
  } satisfies ClassJoinOptions);
  const p = new Player(room);
  await p.until(() => p.view !== undefined && p.matchId !== "" && classInfo(p) !== undefined);
  return p;
}

export async function joinClass(url: string, matchId: string, options: ClassJoinOptions) {
  return Player.join(url, matchId, options);
}

export function classMessages<K extends keyof ClassServerMessages>(
  p: Player,
  type: K,
): ClassServerMessages[K][] {
  return p.received.filter((r) => r.type === type).map((r) => r.payload as ClassServerMessages[K]);
}

export const classInfo = (p: Player): ClassInfo | undefined => classMessages(p, "class").at(-1);

export const studentId = (p: Player): string =>
  classMessages(p, "classWelcome")[0]?.student ?? classInfo(p)?.you ?? "";

export function teacher(p: Player, cmd: TeacherCommand): void {
  p.room.send("teacher", cmd);
}

export function student(p: Player, cmd: StudentCommand): void {
  p.room.send("student", cmd);
}

/** Send a teacher command and wait for the refusal it must cause. */
export async function refusedTeacher(p: Player, cmd: unknown) {
  return p.expectRefusal("teacher", cmd);
}
