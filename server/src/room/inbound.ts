import type { Client } from "@colyseus/core";
import type { z } from "zod";
import type { Refusal } from "../match/refusal.ts";
import type { ClientData } from "./clientData.ts";

/**
 * One inbound message type, as the room's pipeline runs it:
 * rate limit (`any`, and `chat` for chat lines) → `precheck` on the raw message → `allow`
 * (who may send it) → parse with `schema` → `handle` on the match's queue → a refusal, if
 * any, back to the sender with the message's `ref`. Every message type — the room's own and
 * an extension's — goes through the same steps (`room/pipeline.ts`).
 */
export interface Inbound<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  /** Draws on the chat bucket too (a chat line), given the raw message. */
  chat?(raw: unknown): boolean;
  /** A check on the raw message before it is parsed (a chat line's length). */
  precheck?(raw: unknown): Refusal | undefined;
  /** Who may send it at all, before it is parsed (the teacher's commands). */
  allow?(client: Client, data: ClientData): Refusal | undefined;
  /** Runs on the match's queue, one message at a time. */
  handle(
    client: Client,
    data: ClientData,
    msg: z.infer<S>,
    received: number,
  ): Promise<Refusal | undefined | void> | Refusal | undefined | void;
}

/** Message types and how each is handled. */
export type InboundTable = Readonly<Record<string, Inbound>>;

/** Declare one entry, keeping its schema's type for `handle`. */
export const inbound = <S extends z.ZodType>(entry: Inbound<S>): Inbound<S> => entry;
