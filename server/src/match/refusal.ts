import type { Refusal, RefusalCode } from "@cs/shared";

export type { Refusal } from "@cs/shared";

/** A refusal sent back to the sender only: an engine, protocol or classroom code. */
export const refusal = (code: RefusalCode, message: string): Refusal => ({ code, message });
