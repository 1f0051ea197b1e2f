import { MAX_CHAT_LENGTH } from "@cs/shared";

/** A chat line too long to parse at all (checked on the raw message, before zod). */
export const tooLong = (text: unknown): boolean =>
  typeof text === "string" && text.length > MAX_CHAT_LENGTH;
