import type { Classroom } from "./context.ts";

/**
 * A class's powers as match seats: a power with students is held by people (unless the teacher
 * handed it to a bot), a power without is a bot's. The seat row carries the team's names and
 * no token: students come back with their own tokens.
 */
export async function syncSeats(c: Classroom): Promise<void> {
  const { match, storage } = c.host;
  const { seats } = match;
  for (const info of seats.info()) {
    const team = c.session.team(info.power);
    const seat = seats.get(info.power);
    if (team.length === 0) {
      if (seat?.row) {
        seats.release(info.power);
        await storage.deleteSeat(match.row.id, info.power);
      }
      continue;
    }
    const holder = c.session.botPowers.has(info.power) ? "bot" : "human";
    const name = team
      .map((s) => s.name)
      .join(", ")
      .slice(0, 120);
    if (seat?.row?.name === name && seat.holder === holder) continue;
    const row = { power: info.power, tokenHash: "class", name, holder } as const;
    seats.take(info.power, row);
    seats.setHolder(info.power, holder);
    await storage.putSeat(match.row.id, row);
  }
}
