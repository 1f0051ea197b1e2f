import { randomInt } from "node:crypto";
import type { Client } from "@colyseus/core";
import {
  autoAssign,
  buildDebrief,
  StudentCommandSchema,
  TeacherCommandSchema,
  type Memo,
} from "@cs/shared";
import type { ClientData } from "../room/clientData.ts";
import type { MatchRoom } from "../room/MatchRoom.ts";
import type { Refusal } from "../room/flow.ts";
import { teacherChat } from "./chat.ts";
import { refreshStudent, sendClassInfo, sendMemos } from "./notify.ts";
import { rollback } from "./rollback.ts";
import { syncSeats } from "./seats.ts";

/** The class's two message types, parsed with their schemas, run on the match's queue. */
export function registerClassHandlers(room: MatchRoom): void {
  room.onMessage("teacher", (client: Client, raw: unknown) => {
    const d = client.userData as ClientData | undefined;
    if (!d) return;
    if (!d.limits.any.take()) return room.refuse(client, "ERR_RATE_LIMIT", "Too many messages.");
    if (!d.host || !room.classroom)
      return room.refuse(client, "ERR_NOT_TEACHER", "Only the teacher can do that.");
    const parsed = TeacherCommandSchema.safeParse(raw);
    if (!parsed.success)
      return room.refuse(
        client,
        "ERR_BAD_MESSAGE",
        `Bad teacher message: ${parsed.error.issues[0]?.message ?? ""}`,
      );
    void room.flow
      .enqueue(() => teacher(room, client, parsed.data))
      .then((r) => r && room.refuse(client, r.code, r.message))
      .catch((e: unknown) => {
        console.error(`match ${room.row.id}: class command failed`, e);
        room.refuse(client, "ERR_INTERNAL", "The server could not do that.");
      });
  });
  room.onMessage("student", (client: Client, raw: unknown) => {
    const d = client.userData as ClientData | undefined;
    if (!d) return;
    if (!d.limits.any.take()) return room.refuse(client, "ERR_RATE_LIMIT", "Too many messages.");
    if (!d.student || !room.classroom)
      return room.refuse(client, "ERR_NOT_STUDENT", "Only a student of this class can do that.");
    const parsed = StudentCommandSchema.safeParse(raw);
    if (!parsed.success)
      return room.refuse(
        client,
        "ERR_BAD_MESSAGE",
        `Bad student message: ${parsed.error.issues[0]?.message ?? ""}`,
      );
    void room.flow
      .enqueue(() => student(room, d.student as string, parsed.data))
      .then((r) => r && room.refuse(client, r.code, r.message))
      .catch((e: unknown) => {
        console.error(`match ${room.row.id}: class command failed`, e);
        room.refuse(client, "ERR_INTERNAL", "The server could not do that.");
      });
  });
}

type TeacherCmd = ReturnType<typeof TeacherCommandSchema.parse>;

async function teacher(
  room: MatchRoom,
  client: Client,
  cmd: TeacherCmd,
): Promise<Refusal | undefined> {
  const c = room.classroom;
  if (!c) return undefined;
  const { flow, status } = room;
  const notRunning = { code: "ERR_NOT_ALLOWED", message: "The match is not running." };
  switch (cmd.cmd) {
    case "sync":
      sendMemos(room);
      break;
    case "start":
      if (status !== "lobby")
        return { code: "ERR_ALREADY_DONE", message: "The match has started." };
      await syncSeats(room);
      await flow.start();
      break;
    case "pause":
      if (status !== "running") return notRunning;
      await flow.pause();
      break;
    case "resume":
      if (status !== "paused")
        return { code: "ERR_NOT_ALLOWED", message: "The match is not paused." };
      await flow.resume();
      break;
    case "advance":
      if (status !== "running") return notRunning;
      await flow.advanceNow();
      break;
    case "extend":
      if (!flow.extend(cmd.seconds))
        return { code: "ERR_NO_TIMER", message: "This phase has no clock to extend." };
      room.broadcastInfo();
      break;
    case "rollback": {
      const refused = await rollback(room);
      if (refused) return refused;
      break;
    }
    case "bot":
      if (cmd.on) c.botPowers.add(cmd.power);
      else c.botPowers.delete(cmd.power);
      await syncSeats(room);
      await flow.settle();
      break;
    case "assign": {
      const s = c.students.get(cmd.student);
      if (!s) return { code: "ERR_NO_STUDENT", message: "No such student." };
      if (cmd.power !== null) {
        if (!room.seats.get(cmd.power)?.open)
          return { code: "ERR_NO_SEAT", message: "That power is not open to students." };
        const others = c.team(cmd.power).filter((x) => x.id !== s.id);
        if (others.length >= c.settings.teamMax)
          return { code: "ERR_TEAM_FULL", message: "That team is full." };
      }
      await c.put({ ...s, power: cmd.power, roles: cmd.power === null ? [] : cmd.roles });
      await afterMoves(room, [s.id]);
      break;
    }
    case "autoAssign": {
      const open = room.seats
        .info()
        .filter((x) => x.open)
        .map((x) => x.power);
      const placed = autoAssign([...c.students.values()], open, c.settings.teamMax, cmd.by, (n) =>
        randomInt(n),
      );
      for (const [id, power] of placed) {
        const s = c.students.get(id);
        if (s) await c.put({ ...s, power, roles: [] });
      }
      await afterMoves(room, [...placed.keys()]);
      break;
    }
    case "readmit": {
      const fresh = c.students.get(cmd.student);
      const old = c.students.get(cmd.as);
      if (!fresh || !old || fresh.id === old.id)
        return { code: "ERR_NO_STUDENT", message: "No such student." };
      // The old place keeps its power, roles and memos; the new join's token now opens it.
      await c.put({ ...old, tokenHash: fresh.tokenHash, name: fresh.name });
      await c.remove(fresh.id);
      for (const cl of room.clients) {
        const d = cl.userData as ClientData | undefined;
        if (d?.student === fresh.id) {
          d.student = old.id;
          c.disconnect(fresh.id, cl.sessionId);
          c.connect(old.id, cl.sessionId);
        }
      }
      await afterMoves(room, [old.id]);
      break;
    }
    case "news": {
      const action = {
        type: "news" as const,
        key: "class:news.inject",
        text: cmd.text,
        to: cmd.to,
      };
      const refused = await room.game.act("system", action);
      if (refused) return refused;
      await flow.settle();
      break;
    }
    case "fireEvent": {
      const refused = await room.game.act("system", { type: "fireEvent", event: cmd.event });
      if (refused) return refused;
      await flow.settle();
      break;
    }
    case "chat": {
      const refused = await teacherChat(room, client, cmd.channel, cmd.text);
      if (refused) return refused;
      // Nothing of the class changed: no need to resend its info.
      return undefined;
    }
    case "memos":
      await c.setAskMemos(cmd.ask);
      sendClassInfo(room);
      break;
    case "debrief": {
      const debrief = buildDebrief(room.game.state, room.game.ctx, c.memos, rollbacksOf(room));
      client.send("debrief", { debrief });
      break;
    }
  }
  sendClassInfo(room);
  return undefined;
}

export const rollbacksOf = (room: MatchRoom) =>
  (room.classroom?.rollbacks ?? []).map((r) => ({
    at: r.at,
    turn: r.turn,
    undone: r.undone.length,
  }));

async function afterMoves(room: MatchRoom, ids: string[]): Promise<void> {
  await syncSeats(room);
  for (const id of ids) refreshStudent(room, id);
  await room.flow.settle();
}

type StudentCmd = ReturnType<typeof StudentCommandSchema.parse>;

async function student(room: MatchRoom, id: string, cmd: StudentCmd): Promise<Refusal | undefined> {
  const c = room.classroom;
  const s = c?.students.get(id);
  if (!c || !s) return { code: "ERR_NO_STUDENT", message: "No such student." };
  switch (cmd.cmd) {
    case "sync":
      break;
    case "prefer":
      await c.put({ ...s, prefs: [...new Set(cmd.powers)] });
      break;
    case "briefingRead":
      await c.put({ ...s, briefingRead: true });
      break;
    case "memo": {
      if (!s.power) return { code: "ERR_NO_SEAT", message: "You are not in a team yet." };
      const memo: Omit<Memo, "id"> = {
        turn: room.game.state.turn,
        power: s.power,
        student: s.id,
        name: s.name,
        text: cmd.text,
        at: Date.now(),
      };
      await c.addMemo(memo);
      sendMemos(room);
      break;
    }
  }
  sendClassInfo(room);
  return undefined;
}
