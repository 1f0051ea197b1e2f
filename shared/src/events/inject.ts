import { refuse } from "../core/result.ts";
import type { Handler } from "../engine/handler.ts";

export const fireEvent: Handler<"fireEvent"> = {
  check: () => refuse("ERR_NOT_ALLOWED", "Not available yet."),
  run: () => undefined,
};

/** A teacher's or host's news inject: public, or private to the listed powers. */
export const injectNews: Handler<"news"> = {
  check(state, _by, action) {
    const unknown = action.to?.find((p) => !state.powers[p]);
    return unknown ? refuse("ERR_UNKNOWN_POWER", `There is no power ${unknown}.`) : undefined;
  },
  run(d, _by, action) {
    d.news(action.key, action.text ? { text: action.text } : {}, action.to);
  },
};
