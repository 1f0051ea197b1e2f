import type { MatchRoom } from "../room/MatchRoom.ts";
import { services } from "../room/services.ts";

/**
 * A class's powers as match seats: a power with students is held by people (unless the teacher
 * handed it to a bot), a power without is a bot's. The seat row carries the team's names and
 * no token: students come back with their own tokens.
 */
export async function syncSeats(room: MatchRoom): Promise<void> {
  const c = room.classroom;
  if (!c) return;
  const { storage } = services();
  for (const info of room.seats.info()) {
    const team = c.team(info.power);
    const seat = room.seats.get(info.power);
    if (team.length === 0) {
      if (seat?.row) {
        room.seats.release(info.power);
        await storage.deleteSeat(room.row.id, info.power);
      }
      continue;
    }
    const holder = c.botPowers.has(info.power) ? "bot" : "human";
    const name = team
      .map((s) => s.name)
      .join(", ")
      .slice(0, 120);
    if (seat?.row?.name === name && seat.holder === holder) continue;
    const row = { power: info.power, tokenHash: "class", name, holder } as const;
    room.seats.take(info.power, row);
    room.seats.setHolder(info.power, holder);
    await storage.putSeat(room.row.id, row);
  }
}
