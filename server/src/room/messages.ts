import {
  CLIENT_MESSAGES,
  checkChat,
  viewFor,
  type ClientMessageType,
  type PowerId,
  type Viewer,
} from "@cs/shared";
import type { Client } from "@colyseus/core";
import type { ClientData } from "./clientData.ts";
import { tooLong } from "../match/chat.ts";
import { refusal } from "../match/refusal.ts";
import { recordAction, stage } from "../stats.ts";
import type { RoomExtension, RoomHost } from "./extension.ts";
import { inbound, type Inbound } from "./inbound.ts";

/** What the room's own messages need: the host's face, its extension, and chat delivery. */
export interface CoreHost extends RoomHost {
  readonly ext: RoomExtension | undefined;
  /** Whose view a connection holds: its seat's, a spectator's, or what the extension says. */
  viewerOf(client: Client, data: ClientData): Viewer;
}

type CoreTable = { readonly [K in ClientMessageType]: Inbound<(typeof CLIENT_MESSAGES)[K]> };

const SEATS_GIVEN = refusal("ERR_NOT_ALLOWED", "In a class, the teacher assigns powers.");

/** The room's own message types (shared/src/protocol/client.ts), one handler each. */
export function coreMessages(room: CoreHost): CoreTable {
  const { match } = room;
  return {
    action: inbound({
      schema: CLIENT_MESSAGES.action,
      async handle(client, data, msg, received) {
        const t0 = performance.now();
        stage("queue", t0 - received);
        if (!data.seat) return refusal("ERR_NO_SEAT", "Take a seat to act.");
        const denied = room.ext?.mayAct(client, msg.action);
        if (denied) return denied;
        // The version quoted is of the view this connection holds (a class's student's, say).
        const viewer = room.viewerOf(client, data);
        const refused = await match.act(data.seat, msg.stateId, msg.action, viewer);
        if (refused) return refused;
        const t1 = performance.now();
        stage("act", t1 - t0);
        client.send("ack", { ref: msg.ref, stateId: match.views().version(viewer) });
        const t2 = performance.now();
        stage("ackVersion", t2 - t1);
        recordAction(t2 - received);
        // The committed action is acknowledged; its consequences (bots, everyone's views) wait
        // one turn of the event loop, so that actions that arrived meanwhile for other matches
        // are committed and acknowledged first. This match's queue stays held until they run.
        await new Promise((next) => setImmediate(next));
        await match.settle();
        stage("settle", performance.now() - t2);
        return undefined;
      },
    }),
    takeSeat: inbound({
      schema: CLIENT_MESSAGES.takeSeat,
      async handle(client, data, msg) {
        if (room.ext?.assignsSeats) return SEATS_GIVEN;
        if (data.seat) return refusal("ERR_SEAT_TAKEN", "You already hold a seat.");
        const taken = await match.takeSeat(msg.power, data.name);
        if ("code" in taken) return taken;
        room.setSeat(client, taken.power);
        client.send("seatToken", taken);
        room.sendViews([client], true);
        await match.settle();
        return undefined;
      },
    }),
    leaveSeat: inbound({
      schema: CLIENT_MESSAGES.leaveSeat,
      async handle(client, data) {
        if (room.ext?.assignsSeats) return SEATS_GIVEN;
        const seat = data.seat;
        if (!seat) return refusal("ERR_NO_SEAT", "You hold no seat.");
        await match.leaveSeat(seat);
        for (const c of room.connections()) if (room.data(c)?.seat === seat) room.setSeat(c, null);
        room.sendViews([client], true);
        await match.settle();
        return undefined;
      },
    }),
    lobbyReady: inbound({
      schema: CLIENT_MESSAGES.lobbyReady,
      handle(_client, data, msg) {
        if (!data.seat) return refusal("ERR_NO_SEAT", "Take a seat first.");
        match.seats.setLobbyReady(data.seat, msg.ready);
        room.broadcastInfo();
        return undefined;
      },
    }),
    host: inbound({
      schema: CLIENT_MESSAGES.host,
      async handle(_client, data, msg) {
        if (!data.host) return refusal("ERR_NOT_HOST", "Only the host can do that.");
        switch (msg.cmd) {
          case "start":
            return match.start();
          case "pause":
            return match.pause();
          case "resume":
            return match.resume();
          case "handToBot":
            if (match.seats.get(msg.power)?.holder !== "human") {
              return refusal("ERR_NO_SEAT", "No person holds that seat.");
            }
            await match.setHolder(msg.power, "bot");
            return undefined;
        }
      },
    }),
    resync: inbound({
      schema: CLIENT_MESSAGES.resync,
      handle(client) {
        room.sendViews([client], true);
        return undefined;
      },
    }),
    chat: inbound({
      schema: CLIENT_MESSAGES.chat,
      chat: () => true,
      precheck: (raw) =>
        tooLong((raw as { text?: unknown } | null)?.text)
          ? refusal("ERR_TOO_LONG", "A message has at most 1000 characters.")
          : undefined,
      async handle(_client, data, msg) {
        const from: PowerId | "host" | null = data.seat ?? (data.host ? "host" : null);
        if (!from) return refusal("ERR_NO_SEAT", "Spectators read; they do not write.");
        // What the writer knows decides which treaty it may attach.
        const known = from === "host" ? match.state : viewFor(match.state, from);
        const refused = checkChat(known, from, msg);
        if (refused) return refused;
        const message = await match.archiveChat({
          channel: msg.channel,
          from,
          name: data.name,
          text: msg.text,
          turn: match.state.turn,
          at: Date.now(),
          attach: msg.attach,
        });
        room.deliverChat(message);
        return undefined;
      },
    }),
  };
}
