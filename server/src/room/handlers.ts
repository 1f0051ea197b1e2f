import type { Client } from "@colyseus/core";
import {
  CLIENT_MESSAGES,
  type ClientMessageType,
  type ParsedClientMessage,
  type PowerId,
} from "@cs/shared";
import { hashToken, newToken } from "../tokens.ts";
import { checkChat, members, tooLong } from "./chat.ts";
import type { ClientData } from "./clientData.ts";
import type { MatchRoom } from "./MatchRoom.ts";
import { services } from "./services.ts";
import { sendViews } from "./views.ts";
import { recordAction } from "../stats.ts";

type Handler<K extends ClientMessageType> = (
  room: MatchRoom,
  client: Client,
  data: ClientData,
  msg: ParsedClientMessage<K>,
  received: number,
) => Promise<void> | void;

const refFrom = (raw: unknown): number | undefined => {
  const ref = (raw as { ref?: unknown } | null)?.ref;
  return typeof ref === "number" && Number.isInteger(ref) ? ref : undefined;
};

/** Every message: rate-limited, parsed with the protocol's schema, then handled in order. */
export function registerHandlers(room: MatchRoom): void {
  for (const type of Object.keys(CLIENT_MESSAGES) as ClientMessageType[]) {
    room.onMessage(type, (client: Client, raw: unknown) => {
      const received = performance.now();
      const data = client.userData as ClientData | undefined;
      if (!data) return;
      const ref = refFrom(raw);
      if (!data.limits.any.take() || (type === "chat" && !data.limits.chat.take())) {
        return room.refuse(client, "ERR_RATE_LIMIT", "Too many messages; slow down.", ref);
      }
      if (type === "chat" && tooLong((raw as { text?: unknown } | null)?.text)) {
        return room.refuse(client, "ERR_TOO_LONG", "A message has at most 1000 characters.", ref);
      }
      const parsed = CLIENT_MESSAGES[type].safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.join(".") ?? "";
        return room.refuse(
          client,
          "ERR_BAD_MESSAGE",
          `Bad ${type} message: ${where} ${issue?.message ?? ""}`.trim(),
          ref,
        );
      }
      const handler = HANDLERS[type] as Handler<typeof type>;
      room.flow
        .enqueue(() => handler(room, client, data, parsed.data as never, received))
        .catch(() => room.refuse(client, "ERR_INTERNAL", "The server could not do that.", ref));
    });
  }
  room.onMessage("*", (client: Client, type: string | number) => {
    room.refuse(client, "ERR_UNKNOWN_MESSAGE", `There is no message type ${String(type)}.`);
  });
}

const action: Handler<"action"> = async (room, client, data, msg, received) => {
  if (!data.seat) return room.refuse(client, "ERR_NO_SEAT", "Take a seat to act.", msg.ref);
  // In a class, each member of a team acts within their roles (only the head ratifies, …).
  if (room.classroom && !room.classroom.mayAct(data.student ?? "", room.game.state, msg.action)) {
    return room.refuse(
      client,
      "ERR_NOT_YOUR_ROLE",
      "Another minister of your team does that.",
      msg.ref,
    );
  }
  const refused = await room.flow.act(data.seat, msg.stateId, msg.action);
  if (refused) return room.refuse(client, refused.code, refused.message, msg.ref);
  client.send("ack", { ref: msg.ref, stateId: room.game.state.stateId });
  recordAction(performance.now() - received);
  await room.flow.settle();
};

const takeSeat: Handler<"takeSeat"> = async (room, client, data, msg) => {
  if (room.classroom)
    return room.refuse(client, "ERR_NOT_ALLOWED", "In a class, the teacher assigns powers.");
  if (data.seat) return room.refuse(client, "ERR_SEAT_TAKEN", "You already hold a seat.");
  if (room.status === "finished")
    return room.refuse(client, "ERR_MATCH_OVER", "The match is over.");
  const power = msg.power === "random" ? room.seats.pickFree() : msg.power;
  if (!power || !room.seats.free().includes(power)) {
    return room.refuse(client, "ERR_SEAT_TAKEN", "That seat is not open to you.");
  }
  const token = newToken();
  const row = { power, tokenHash: hashToken(token), name: data.name, holder: "human" as const };
  await services().storage.putSeat(room.row.id, row);
  room.seats.take(power, row);
  room.seats.connect(power, client.sessionId);
  data.seat = power;
  client.send("seatToken", { power, token });
  sendViews([client], room.game.state, true);
  await room.flow.settle();
};

const leaveSeat: Handler<"leaveSeat"> = async (room, client, data) => {
  const seat = data.seat;
  if (room.classroom)
    return room.refuse(client, "ERR_NOT_ALLOWED", "In a class, the teacher assigns powers.");
  if (!seat) return room.refuse(client, "ERR_NO_SEAT", "You hold no seat.");
  await services().storage.deleteSeat(room.row.id, seat);
  room.seats.release(seat);
  for (const c of room.clients) {
    const d = c.userData as ClientData | undefined;
    if (d?.seat === seat) {
      room.seats.disconnect(seat, c.sessionId);
      d.seat = null;
    }
  }
  sendViews([client], room.game.state, true);
  await room.flow.settle();
};

const lobbyReady: Handler<"lobbyReady"> = (room, client, data, msg) => {
  if (!data.seat) return room.refuse(client, "ERR_NO_SEAT", "Take a seat first.");
  room.seats.setLobbyReady(data.seat, msg.ready);
  room.broadcastInfo();
};

const host: Handler<"host"> = async (room, client, data, msg) => {
  if (!data.host) return room.refuse(client, "ERR_NOT_HOST", "Only the host can do that.");
  const { status } = room;
  switch (msg.cmd) {
    case "start":
      if (status !== "lobby")
        return room.refuse(client, "ERR_ALREADY_DONE", "The match has started.");
      return room.flow.start();
    case "pause":
      if (status !== "running")
        return room.refuse(client, "ERR_NOT_ALLOWED", "The match is not running.");
      return room.flow.pause();
    case "resume":
      if (status !== "paused")
        return room.refuse(client, "ERR_NOT_ALLOWED", "The match is not paused.");
      return room.flow.resume();
    case "handToBot":
      if (room.seats.get(msg.power)?.holder !== "human") {
        return room.refuse(client, "ERR_NO_SEAT", "No person holds that seat.");
      }
      return room.flow.setHolder(msg.power, "bot");
  }
};

const chat: Handler<"chat"> = async (room, client, data, msg) => {
  const from: PowerId | "host" | null = data.seat ?? (data.host ? "host" : null);
  if (!from)
    return room.refuse(client, "ERR_NO_SEAT", "Spectators read; they do not write.", msg.ref);
  const refused = checkChat(room.game.state, from, msg);
  if (refused) return room.refuse(client, refused.code, refused.message, msg.ref);
  const message = {
    channel: msg.channel,
    from,
    name: data.name,
    text: msg.text,
    turn: room.game.state.turn,
    at: Date.now(),
    attach: msg.attach,
  };
  const id = await services().storage.appendChat(room.row.id, message);
  const to = members(msg.channel);
  for (const c of room.clients) {
    const d = c.userData as ClientData | undefined;
    const seat = d?.seat ?? null;
    // A class's teacher reads every channel (students are told so on screen).
    if (!to || d?.teacher || (seat !== null && to.includes(seat)))
      c.send("chat", { id, ...message });
  }
};

const HANDLERS: { [K in ClientMessageType]: Handler<K> } = {
  action,
  takeSeat,
  leaveSeat,
  lobbyReady,
  host,
  chat,
};
