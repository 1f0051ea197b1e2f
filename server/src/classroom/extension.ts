import type { Client } from "@colyseus/core";
import { ClassJoinOptionsSchema, type Action, type Viewer } from "@cs/shared";
import { refusal, type Refusal } from "../match/refusal.ts";
import type { ClientData } from "../room/clientData.ts";
import type { AuthResult, ExtensionKind, RoomExtension, RoomHost } from "../room/extension.ts";
import type { InboundTable } from "../room/inbound.ts";
import { refuseJoin } from "../room/refuse.ts";
import { classMessages } from "./commands.ts";
import { connOf, studentOf, type Classroom, type ClassConn } from "./context.ts";
import { classAuth, classJoin, type ClassAuth } from "./join.ts";
import { sendClassInfo } from "./notify.ts";
import { ClassSession } from "./session.ts";

const NOT_YOUR_ROLE = refusal("ERR_NOT_YOUR_ROLE", "Another minister of your team does that.");
const HANDED_TO_BOT = refusal(
  "ERR_HANDED_TO_BOT",
  "Your teacher has handed your country to a bot for now.",
);

/**
 * The classroom as a layer over the match room: students and the teacher join by the class's
 * code and tokens, each member of a team acts within their roles, the teacher sees everything
 * and reads every channel and paces the match, and the `teacher` and `student` messages run
 * through the room's pipeline.
 */
class ClassExtension implements RoomExtension<ClassAuth>, Classroom {
  readonly host: RoomHost;
  readonly session: ClassSession;
  readonly conns = new Map<string, ClassConn>();
  readonly paces = true;
  readonly assignsSeats = true;
  readonly messages: InboundTable;

  constructor(host: RoomHost, session: ClassSession) {
    this.host = host;
    this.session = session;
    this.messages = classMessages(this);
  }

  auth(options: unknown, ip: string): Promise<AuthResult<ClassAuth>> {
    return classAuth(this, options, ip);
  }

  join(client: Client, data: ClientData, auth: AuthResult<ClassAuth>): Promise<void> {
    return classJoin(this, client, data, auth);
  }

  online(client: Client, _data: ClientData, on: boolean): void {
    const id = studentOf(this, client);
    if (id === undefined) return;
    if (on) this.session.connect(id, client.sessionId);
    else this.session.disconnect(id, client.sessionId);
  }

  left(client: Client): void {
    this.conns.delete(client.sessionId);
  }

  // In a class, each member of a team acts within their roles (only the head ratifies, …).
  mayAct(client: Client, action: Action): Refusal | undefined {
    const id = studentOf(this, client) ?? "";
    // A country handed to a bot is out of its students' hands until the teacher gives it back.
    if (this.session.handedToBot(id)) return HANDED_TO_BOT;
    if (!this.session.mayAct(id, this.host.match.state, action)) return NOT_YOUR_ROLE;
    if (action.type === "order")
      this.session.ordersGiven.set(id, (this.session.ordersGiven.get(id) ?? 0) + 1);
    return undefined;
  }

  viewer(client: Client): Viewer | undefined {
    return connOf(this, client)?.kind === "teacher" ? "teacher" : undefined;
  }

  changed(): void {
    sendClassInfo(this);
  }
}

/** A match created with `class` settings is a class; its creator is the teacher. */
export const classroom: ExtensionKind = {
  claim(options) {
    if (options.class === undefined) return undefined;
    const parsed = ClassJoinOptionsSchema.safeParse(options);
    if (!parsed.success || !parsed.data.class) {
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      throw refuseJoin("ERR_BAD_SETTINGS", issue?.message ?? "bad class settings");
    }
    const settings = parsed.data.class;
    return {
      create: { ...parsed.data.create, visibility: "private" },
      open: async (host) =>
        new ClassExtension(
          host,
          await ClassSession.create(host.storage.classes, host.match.row.id, settings),
        ),
    };
  },
  async restore(host) {
    const session = await ClassSession.load(host.storage.classes, host.match.row.id);
    if (!session) return undefined;
    // A hand-off outlives a restart: the seat row says the bot holds a power students hold.
    for (const seat of host.match.seats.info())
      if (seat.holder === "bot" && session.team(seat.power).length > 0)
        session.botPowers.add(seat.power);
    return new ClassExtension(host, session);
  },
};
