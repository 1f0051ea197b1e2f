import { randomInt } from "node:crypto";
import type { Client } from "@colyseus/core";
import {
  buildDebrief,
  CLASS_REMOVED,
  placeWithRoles,
  spreadRoles,
  StudentCommandSchema,
  TeacherCommandSchema,
  type Memo,
  type Participation,
} from "@cs/shared";
import { refusal, type Refusal } from "../match/refusal.ts";
import { inbound, type InboundTable } from "../room/inbound.ts";
import { teacherChat } from "./chat.ts";
import { isTeacher, studentOf, type Classroom } from "./context.ts";
import { refreshStudent, sendClassInfo, sendMemos } from "./notify.ts";
import { rollback } from "./rollback.ts";
import { syncSeats } from "./seats.ts";

/** The class's two message types, run by the room's pipeline on the match's queue. */
export function classMessages(c: Classroom): InboundTable {
  return {
    teacher: inbound({
      schema: TeacherCommandSchema,
      chat: (raw) => (raw as { cmd?: unknown } | null)?.cmd === "chat",
      allow: (client) =>
        isTeacher(c, client)
          ? undefined
          : refusal("ERR_NOT_TEACHER", "Only the teacher can do that."),
      handle: (client, data, cmd) => teacher(c, client, data.name, cmd),
    }),
    student: inbound({
      schema: StudentCommandSchema,
      allow: (client) =>
        studentOf(c, client)
          ? undefined
          : refusal("ERR_NOT_STUDENT", "Only a student of this class can do that."),
      handle: (client, _data, cmd) => student(c, studentOf(c, client) ?? "", cmd),
    }),
  };
}

type TeacherCmd = ReturnType<typeof TeacherCommandSchema.parse>;

async function teacher(
  c: Classroom,
  client: Client,
  name: string,
  cmd: TeacherCmd,
): Promise<Refusal | undefined> {
  const { session } = c;
  const { match } = c.host;
  let refused: Refusal | undefined;
  switch (cmd.cmd) {
    case "sync":
      sendMemos(c);
      break;
    case "start":
      if (match.status === "lobby") await syncSeats(c);
      refused = await match.start();
      break;
    case "pause":
      refused = await match.pause();
      break;
    case "resume":
      refused = await match.resume();
      break;
    case "advance":
      refused = await match.advanceNow();
      break;
    case "extend":
      refused = await match.extend(cmd.seconds);
      break;
    case "rollback":
      refused = await rollback(c);
      break;
    case "bot":
      if (cmd.on) session.botPowers.add(cmd.power);
      else session.botPowers.delete(cmd.power);
      await syncSeats(c);
      await match.settle();
      break;
    case "assign": {
      const s = session.students.get(cmd.student);
      if (!s) return refusal("ERR_NO_STUDENT", "No such student.");
      if (cmd.power !== null) {
        if (!match.seats.get(cmd.power)?.open)
          return refusal("ERR_NO_SEAT", "That power is not open to students.");
        const others = session.team(cmd.power).filter((x) => x.id !== s.id);
        if (others.length >= session.settings.teamMax)
          return refusal("ERR_TEAM_FULL", "That team is full.");
      }
      if (cmd.power === null) {
        await session.put({ ...s, power: null, roles: [] });
        await afterMoves(c, [s.id]);
        break;
      }
      // One head of government per team: the teacher takes the role from the other first.
      const otherHead = session
        .team(cmd.power)
        .find((x) => x.id !== s.id && x.roles.includes("head"));
      if (otherHead && cmd.roles.includes("head"))
        return refusal(
          "ERR_TWO_HEADS",
          `${otherHead.name} already heads this government: take the role from them first.`,
        );
      // No role ticked: the student takes the roles the team leaves free (spreadRoles).
      const team = [
        ...session.team(cmd.power).filter((x) => x.id !== s.id),
        { ...s, roles: cmd.roles },
      ];
      const roles =
        cmd.roles.length > 0
          ? cmd.roles
          : (spreadRoles(team.map((x) => ({ id: x.id, roles: x.id === s.id ? [] : x.roles }))).get(
              s.id,
            ) ?? []);
      await session.put({ ...s, power: cmd.power, roles });
      await afterMoves(c, [s.id]);
      break;
    }
    case "autoAssign": {
      const open = match.seats
        .info()
        .filter((x) => x.open)
        .map((x) => x.power);
      const students = [...session.students.values()];
      // Placed with roles in one click: one head per team, every role held.
      const placed = placeWithRoles(students, open, session.settings.teamMax, cmd.by, (n) =>
        randomInt(n),
      );
      for (const [id, { power, roles }] of placed) {
        const s = session.students.get(id);
        if (s) await session.put({ ...s, power, roles });
      }
      await afterMoves(c, [...placed.keys()]);
      break;
    }
    case "end":
      refused = await match.end();
      break;
    case "rename": {
      const s = session.students.get(cmd.student);
      if (!s) return refusal("ERR_NO_STUDENT", "No such student.");
      await session.put({ ...s, name: cmd.name });
      await syncSeats(c);
      break;
    }
    case "remove": {
      const s = session.students.get(cmd.student);
      if (!s) return refusal("ERR_NO_STUDENT", "No such student.");
      await session.remove(s.id);
      // Their open pages are told and closed; their token opens nothing any more.
      for (const cl of c.host.connections()) {
        if (studentOf(c, cl) !== s.id) continue;
        cl.send("removed", {});
        c.conns.delete(cl.sessionId);
        c.host.setSeat(cl, null);
        cl.leave(CLASS_REMOVED);
      }
      await afterMoves(c, []);
      break;
    }
    case "readmit": {
      const fresh = session.students.get(cmd.student);
      const old = session.students.get(cmd.as);
      if (!fresh || !old || fresh.id === old.id)
        return refusal("ERR_NO_STUDENT", "No such student.");
      // The old place keeps its power, roles and memos; the new join's token now opens it.
      await session.put({ ...old, tokenHash: fresh.tokenHash, name: fresh.name });
      await session.remove(fresh.id);
      for (const cl of c.host.connections()) {
        if (studentOf(c, cl) === fresh.id) {
          c.conns.set(cl.sessionId, { kind: "student", id: old.id });
          session.disconnect(fresh.id, cl.sessionId);
          session.connect(old.id, cl.sessionId);
        }
      }
      await afterMoves(c, [old.id]);
      break;
    }
    case "news":
      refused = await match.system({
        type: "news",
        key: "class:news.inject",
        text: cmd.text,
        to: cmd.to,
      });
      break;
    case "fireEvent":
      refused = await match.system({ type: "fireEvent", event: cmd.event });
      break;
    case "chat":
      // Nothing of the class changed: no need to resend its info.
      return teacherChat(c, name, cmd.channel, cmd.text);
    case "memos":
      await session.setAskMemos(cmd.ask);
      break;
    case "debrief": {
      const debrief = buildDebrief(
        match.state,
        match.game.ctx,
        session.memos,
        rollbacksOf(c),
        await participation(c),
      );
      client.send("debrief", { debrief });
      break;
    }
  }
  if (refused) return refused;
  sendClassInfo(c);
  return undefined;
}

/** Each student's orders, messages (from the chat archive, by name and team) and memos. */
async function participation(c: Classroom): Promise<Participation[]> {
  const chat = await c.host.storage.readChat(c.host.match.row.id);
  return [...c.session.students.values()].map((s) => ({
    student: s.id,
    name: s.name,
    power: s.power,
    orders: c.session.ordersGiven.get(s.id) ?? 0,
    messages: chat.filter((m) => m.from === s.power && m.name === s.name).length,
    memos: c.session.memos.filter((m) => m.student === s.id).length,
  }));
}

const rollbacksOf = (c: Classroom) =>
  c.session.rollbacks.map((r) => ({ at: r.at, turn: r.turn, undone: r.undone.length }));

async function afterMoves(c: Classroom, ids: string[]): Promise<void> {
  await syncSeats(c);
  for (const id of ids) refreshStudent(c, id);
  await c.host.match.settle();
}

type StudentCmd = ReturnType<typeof StudentCommandSchema.parse>;

async function student(c: Classroom, id: string, cmd: StudentCmd): Promise<Refusal | undefined> {
  const { session } = c;
  const s = session.students.get(id);
  if (!s) return refusal("ERR_NO_STUDENT", "No such student.");
  switch (cmd.cmd) {
    case "sync":
      break;
    case "prefer":
      await session.put({ ...s, prefs: [...new Set(cmd.powers)] });
      break;
    case "briefingRead":
      await session.put({ ...s, briefingRead: true });
      break;
    case "memo": {
      if (!s.power) return refusal("ERR_NO_SEAT", "You are not in a team yet.");
      const memo: Omit<Memo, "id"> = {
        turn: c.host.match.state.turn,
        power: s.power,
        student: s.id,
        name: s.name,
        text: cmd.text,
        at: Date.now(),
      };
      await session.addMemo(memo);
      sendMemos(c);
      break;
    }
  }
  sendClassInfo(c);
  return undefined;
}
