import { randomBytes } from "node:crypto";

/** Proves that a restore request comes from this process's boot, not from a client. */
export const RESTORE_KEY = randomBytes(24).toString("base64url");
