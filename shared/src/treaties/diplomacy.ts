import { refuse } from "../core/result.ts";
import type { Handler } from "../engine/handler.ts";

const notYet = {
  check: () => refuse("ERR_NOT_ALLOWED", "Not available yet."),
  run: () => undefined,
};

export const propose: Handler<"propose"> = notYet;
export const counter: Handler<"counter"> = notYet;
export const sign: Handler<"sign"> = notYet;
export const reject: Handler<"reject"> = notYet;
export const withdraw: Handler<"withdraw"> = notYet;
export const reveal: Handler<"reveal"> = notYet;
