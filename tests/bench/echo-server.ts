/**
 * The load benchmark's baseline: a raw `ws` server that sends every frame straight back. No
 * framework, no rules, no storage: what loopback, Node and one WebSocket library cost.
 * `node tests/bench/echo-server.ts PORT`
 */
import { WebSocketServer } from "ws";

const port = Number(process.argv[2] ?? 2700);
const wss = new WebSocketServer({ port, host: "127.0.0.1" });
wss.on("connection", (ws) => ws.on("message", (data, binary) => ws.send(data, { binary })));
wss.on("listening", () => console.log(`echo on ${port}`));
