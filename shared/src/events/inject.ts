import { refuse } from "../core/result.ts";
import type { Handler } from "../engine/handler.ts";
import { holds } from "./conditions.ts";
import { fire } from "./fire.ts";

/**
 * A teacher's or host's inject: fire any scenario event now, early or late, whatever its
 * window and trigger. Its `requires` must still hold (no Anschluss without an Austria).
 */
export const fireEvent: Handler<"fireEvent"> = {
  check(state, _by, action, ctx) {
    const ev = ctx.events.get(action.event);
    if (!ev) return refuse("ERR_UNKNOWN_CRISIS", `There is no event ${action.event}.`);
    if (state.fired[ev.id] !== undefined) {
      return refuse("ERR_ALREADY_DONE", "That event has already happened in this match.");
    }
    if (ev.requires && !holds(state, ctx, ev.requires)) {
      return refuse("ERR_NOT_ALLOWED", "That event cannot happen in the world as it stands.");
    }
    return undefined;
  },
  run(d, _by, action, ctx) {
    const ev = ctx.events.get(action.event);
    if (ev) fire(d, ctx, ev);
  },
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
