import { ServerError } from "@colyseus/core";

/** A refused join: the SDK's promise rejects with a message starting with the code. */
export const refuseJoin = (code: string, message: string) =>
  new ServerError(4000, `${code}: ${message}`);
