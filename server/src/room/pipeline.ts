import type { Client, Room } from "@colyseus/core";
import type { Match } from "../match/match.ts";
import { refusal, type Refusal } from "../match/refusal.ts";
import type { ClientData } from "./clientData.ts";
import type { InboundTable } from "./inbound.ts";

/** What the pipeline needs of the room. */
export interface PipelineHost {
  readonly match: Match;
  data(client: Client): ClientData | undefined;
  refuse(client: Client, refusal: Refusal, ref?: number): void;
}

const refFrom = (raw: unknown): number | undefined => {
  const ref = (raw as { ref?: unknown } | null)?.ref;
  return typeof ref === "number" && Number.isInteger(ref) ? ref : undefined;
};

const RATE = refusal("ERR_RATE_LIMIT", "Too many messages; slow down.");
const INTERNAL = refusal("ERR_INTERNAL", "The server could not do that.");

/**
 * The one inbound pipeline: for every message type of the tables, rate limit → precheck →
 * allow → parse → the match's queue → refuse. Unknown types are refused.
 */
export function listen(room: Room, host: PipelineHost, tables: readonly InboundTable[]): void {
  for (const table of tables) {
    for (const [type, entry] of Object.entries(table)) {
      room.onMessage(type, (client: Client, raw: unknown) => {
        const received = performance.now();
        const data = host.data(client);
        if (!data) return;
        const ref = refFrom(raw);
        const refuse = (r: Refusal) => host.refuse(client, r, ref);
        if (!data.limits.any.take() || (entry.chat?.(raw) === true && !data.limits.chat.take())) {
          return refuse(RATE);
        }
        const early = entry.precheck?.(raw) ?? entry.allow?.(client, data);
        if (early) return refuse(early);
        const parsed = entry.schema.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = issue?.path.join(".") ?? "";
          return refuse(
            refusal("ERR_BAD_MESSAGE", `Bad ${type} message: ${where} ${issue?.message ?? ""}`),
          );
        }
        host.match
          .enqueue(() => entry.handle(client, data, parsed.data, received))
          .then((r) => r && refuse(r))
          .catch((e: unknown) => {
            console.error(`match ${host.match.row.id}: ${type} failed`, e);
            refuse(INTERNAL);
          });
      });
    }
  }
  room.onMessage("*", (client: Client, type: string | number) => {
    host.refuse(
      client,
      refusal("ERR_UNKNOWN_MESSAGE", `There is no message type ${String(type)}.`),
    );
  });
}
