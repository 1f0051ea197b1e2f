import { randomBytes } from "node:crypto";
import type { Storage } from "../storage/types.ts";
import type { ScenarioRegistry } from "../scenarios.ts";
import type { Limits } from "./limits.ts";

/**
 * What rooms need from the process: its storage and scenarios. Set once at boot, kept out of
 * room options (a client's options are merged into those and must not name them).
 */
export interface Services {
  storage: Storage;
  scenarios: ScenarioRegistry;
  limits: Limits;
}

let current: Services | undefined;

export function setServices(s: Services): void {
  current = s;
}

export function services(): Services {
  if (!current) throw new Error("room services are not configured");
  return current;
}

/** Proves that a restore request comes from this process's boot, not from a client. */
export const RESTORE_KEY = randomBytes(24).toString("base64url");
