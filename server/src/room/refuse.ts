import { ServerError } from "@colyseus/core";
import type { RefusalCode } from "@cs/shared";

/** A refused join: the SDK's promise rejects with a message starting with the code. */
export const refuseJoin = (code: RefusalCode, message: string) =>
  new ServerError(4000, `${code}: ${message}`);
