import { randomInt } from "node:crypto";
import type { Ctx, PowerId, SeatInfo } from "@cs/shared";
import type { SeatRow } from "../storage/types.ts";
import { hashToken, newToken, sameHash } from "../tokens.ts";

interface Seat {
  power: PowerId;
  kind: SeatInfo["kind"];
  open: boolean;
  holder: "human" | "bot";
  /** Set while a person holds the seat (or a bot stands in for them). */
  row?: SeatRow | undefined;
  lobbyReady: boolean;
}

/** Who plays which power: people with seat tokens, bots for every other seat. */
export class Seats {
  private readonly seats = new Map<PowerId, Seat>();
  /** Connected session ids per power. */
  private readonly online = new Map<PowerId, Set<string>>();

  constructor(ctx: Ctx, humanSeats: readonly PowerId[] | undefined, rows: readonly SeatRow[]) {
    for (const id of ctx.powerIds) {
      const kind = ctx.powers.get(id)?.seat ?? "minor";
      const open = kind !== "minor" && (humanSeats ? humanSeats.includes(id) : true);
      this.seats.set(id, { power: id, kind, open, holder: "bot", lobbyReady: false });
    }
    for (const row of rows) {
      const seat = this.seats.get(row.power);
      if (seat) Object.assign(seat, { row, holder: row.holder });
    }
  }

  /** The power a seat token belongs to, if any. */
  byToken(token: string): PowerId | undefined {
    const h = hashToken(token);
    for (const s of this.seats.values()) if (s.row && sameHash(s.row.tokenHash, h)) return s.power;
    return undefined;
  }

  get(power: PowerId): Seat | undefined {
    return this.seats.get(power);
  }

  /** Seats a person may take now: open and not held by a person. */
  free(): PowerId[] {
    return [...this.seats.values()].filter((s) => s.open && !s.row).map((s) => s.power);
  }

  pickFree(): PowerId | undefined {
    const free = this.free();
    return free.length === 0 ? undefined : free[randomInt(free.length)];
  }

  /**
   * A free seat (or a random one) for a person: its row, to store, and the token to hand out
   * (only its hash is kept). Undefined when that seat is not open to them.
   */
  claim(power: PowerId | "random", name: string): { row: SeatRow; token: string } | undefined {
    const seat = power === "random" ? this.pickFree() : power;
    if (!seat || !this.free().includes(seat)) return undefined;
    const token = newToken();
    return { row: { power: seat, tokenHash: hashToken(token), name, holder: "human" }, token };
  }

  take(power: PowerId, row: SeatRow): void {
    const seat = this.seats.get(power);
    if (seat) Object.assign(seat, { row, holder: "human", lobbyReady: false });
  }

  /** Given up: a bot plays it and the token is revoked. */
  release(power: PowerId): void {
    const seat = this.seats.get(power);
    if (seat) Object.assign(seat, { row: undefined, holder: "bot", lobbyReady: false });
  }

  setHolder(power: PowerId, holder: "human" | "bot"): SeatRow | undefined {
    const seat = this.seats.get(power);
    if (!seat?.row) return undefined;
    seat.holder = holder;
    seat.row = { ...seat.row, holder };
    return seat.row;
  }

  setLobbyReady(power: PowerId, ready: boolean): void {
    const seat = this.seats.get(power);
    if (seat) seat.lobbyReady = ready;
  }

  connect(power: PowerId, session: string): void {
    const set = this.online.get(power) ?? new Set<string>();
    set.add(session);
    this.online.set(power, set);
  }

  disconnect(power: PowerId, session: string): void {
    this.online.get(power)?.delete(session);
  }

  humans(): PowerId[] {
    return [...this.seats.values()].filter((s) => s.holder === "human").map((s) => s.power);
  }

  bots(): PowerId[] {
    return [...this.seats.values()].filter((s) => s.holder === "bot").map((s) => s.power);
  }

  info(): SeatInfo[] {
    return [...this.seats.values()].map((s) => ({
      power: s.power,
      kind: s.kind,
      open: s.open,
      holder: s.holder,
      name: s.row?.name,
      connected: (this.online.get(s.power)?.size ?? 0) > 0,
      lobbyReady: s.lobbyReady,
    }));
  }
}
