import { WebSocketTransport } from "@colyseus/ws-transport";

/** What the transport's liveness check needs of a connection (ws's, with Colyseus's count). */
export interface Pinged {
  pingCount?: number;
  ping(cb: () => void): void;
  terminate(): void;
}

/** How often the pings go out: a slice of the connections every SLICE_MS. */
const SLICE_MS = 100;
const noop = () => undefined;

/**
 * Colyseus's liveness rule — a connection that answered none of its last `retries` pings is
 * terminated; a pong resets its count — with the pings spread over the interval: every
 * SLICE_MS, the next share of the connections in turn, so that each is pinged once an
 * interval. Colyseus pings every connection in one timer callback: with 800 connections, 800
 * socket writes, 30–40 ms in which no room of the process reads a message or sends an ack —
 * the longest stalls the load benchmark found, every 3 s.
 */
export function spreadPings(
  connections: Set<Pinged>,
  intervalMs: number,
  retries: number,
): NodeJS.Timeout {
  const slices = Math.max(1, Math.round(intervalMs / SLICE_MS));
  let slice = 0;
  let turn = connections.values();
  return setInterval(
    () => {
      // A round an interval: it starts with the connections there then, in their order.
      if (slice++ % slices === 0) turn = connections.values();
      const share = Math.ceil(connections.size / slices);
      for (let i = 0; i < share; i++) {
        const next = turn.next();
        if (next.done) return;
        const c = next.value;
        if ((c.pingCount ?? 0) >= retries) {
          c.terminate();
          continue;
        }
        c.pingCount = (c.pingCount ?? 0) + 1;
        c.ping(noop);
      }
    },
    Math.min(SLICE_MS, intervalMs),
  ).unref();
}

/** The WebSocket transport, its liveness pings spread out (`spreadPings`). */
export class Transport extends WebSocketTransport {
  protected override autoTerminateUnresponsiveClients(intervalMs: number, retries: number): void {
    this.pingInterval = spreadPings(this.wss.clients, intervalMs, retries);
  }
}
