/**
 * The load benchmark's baseline: a raw `ws` server that sends every frame straight back. No
 * framework, no rules, no storage: what loopback, Node and one WebSocket library cost.
 *
 *   node tests/bench/echo-server.ts PORT            every frame echoed to its sender
 *   node tests/bench/echo-server.ts PORT BYTES      and then, as a game server sends each
 *        client of the match its view patch after an action, a frame of BYTES bytes to every
 *        connection of the sender's match (`?match=` in its URL), the sender included
 *
 * The frame is msgpack, as Colyseus sends, shaped like a view patch (small `set` operations),
 * so that the driver's clients decode a structure of the same size as the game's.
 */
import { pack } from "msgpackr";
import { WebSocketServer, type WebSocket } from "ws";

const port = Number(process.argv[2] ?? 2700);
const bytes = Number(process.argv[3] ?? 0);

/** A patch-like message of `n` bytes once packed (a little more when `n` is tiny). */
function payload(n: number): Buffer {
  const ops: unknown[] = [];
  const packed = (pad: string) => pack(["patch", { stateId: 1, from: 0, ops, pad }]);
  for (let i = 0; packed("").length + 32 < n; i++) {
    ops.push({ op: "set", path: ["powers", `P${i % 40}`, "army"], value: i });
  }
  // A string fills the rest (its length header grows at 32 and 256 characters: try both).
  let pad = "";
  while (packed(pad).length < n) pad += "x";
  return packed(pad);
}

const frame = bytes > 0 ? payload(bytes) : undefined;
const matches = new Map<string, Set<WebSocket>>();
const wss = new WebSocketServer({ port, host: "127.0.0.1" });
wss.on("connection", (ws, req) => {
  const match = new URL(req.url ?? "/", "http://x").searchParams.get("match") ?? "";
  const peers = matches.get(match) ?? new Set<WebSocket>();
  matches.set(match, peers.add(ws));
  ws.on("close", () => peers.delete(ws));
  ws.on("message", (data, binary) => {
    ws.send(data, { binary });
    if (frame) for (const peer of peers) peer.send(frame, { binary: true });
  });
});
wss.on("listening", () =>
  console.log(`echo on ${port}${frame ? `, ${frame.length} B to the match` : ""}`),
);
