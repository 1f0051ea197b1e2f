import { networkInterfaces } from "node:os";
import { connOf, studentOf, type Classroom } from "./context.ts";

/** The server's IPv4 addresses on the local network: students' devices reach it there. */
function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) out.push(a.address);
  }
  return out;
}

/** Each client's share of the class: the teacher's roster, a student's team, the screen's code. */
export function sendClassInfo(c: Classroom): void {
  const code = c.host.match.row.code ?? "";
  for (const client of c.host.connections()) {
    const conn = connOf(c, client);
    if (conn?.kind === "teacher")
      client.send("class", c.session.info({ teacher: true, code, addresses: lanAddresses() }));
    else if (conn?.kind === "student") client.send("class", c.session.info({ student: conn.id }));
    else if (conn?.kind === "screen")
      // The screen shows the join address too: the LAN's, not the teacher's localhost.
      client.send("class", c.session.info({ screen: code, addresses: lanAddresses() }));
  }
}

/** The teacher's memos list, after each new memo. */
export function sendMemos(c: Classroom): void {
  for (const client of c.host.connections()) {
    if (connOf(c, client)?.kind === "teacher") client.send("memos", { memos: c.session.memos });
  }
}

/**
 * A student's place changed: their connections now act for the new power (or none), and get
 * a fresh welcome and a full view of it.
 */
export function refreshStudent(c: Classroom, id: string): void {
  const power = c.session.students.get(id)?.power ?? null;
  for (const client of c.host.connections()) {
    if (studentOf(c, client) !== id) continue;
    c.host.setSeat(client, power);
    c.host.welcome(client);
    c.host.sendViews([client], true);
  }
}
