import { networkInterfaces } from "node:os";
import type { Client } from "@colyseus/core";
import type { ClientData } from "../room/clientData.ts";
import type { MatchRoom } from "../room/MatchRoom.ts";
import { sendViews } from "../room/views.ts";

/** The server's IPv4 addresses on the local network: students' devices reach it there. */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) out.push(a.address);
  }
  return out;
}

/** Each client's share of the class: the teacher's roster, a student's team, the screen's code. */
export function sendClassInfo(room: MatchRoom, only?: Iterable<Client>): void {
  const c = room.classroom;
  if (!c) return;
  const code = room.row.code ?? "";
  for (const client of only ?? room.clients) {
    const d = client.userData as ClientData | undefined;
    if (!d) continue;
    if (d.host) client.send("class", c.info({ teacher: true, code, addresses: lanAddresses() }));
    else if (d.student) client.send("class", c.info({ student: d.student }));
    else if (d.screen) client.send("class", c.info({ screen: code }));
  }
}

/** The teacher's memos list, after each new memo. */
export function sendMemos(room: MatchRoom): void {
  const c = room.classroom;
  if (!c) return;
  for (const client of room.clients) {
    if ((client.userData as ClientData | undefined)?.host) client.send("memos", { memos: c.memos });
  }
}

/**
 * A student's place changed: their connections now act for the new power (or none), and get
 * a fresh welcome and a full view of it.
 */
export function refreshStudent(room: MatchRoom, id: string): void {
  const c = room.classroom;
  const power = c?.students.get(id)?.power ?? null;
  for (const client of room.clients) {
    const d = client.userData as ClientData | undefined;
    if (d?.student !== id) continue;
    if (d.seat && d.seat !== power) room.seats.disconnect(d.seat, client.sessionId);
    d.seat = power;
    if (power) room.seats.connect(power, client.sessionId);
    client.send("welcome", room.welcomeFor(d));
    sendViews([client], room.game.state, true);
  }
}
