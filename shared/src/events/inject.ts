import { refuse } from "../core/result.ts";
import type { Handler } from "../engine/handler.ts";
import { holds } from "./conditions.ts";
import { fire } from "./fire.ts";
import { lapseOf } from "./premise.ts";
import type { LapseKind } from "../scenario/events.ts";

/**
 * A teacher's or host's inject: fire any scenario event now, early or late, whatever its
 * window and trigger. Its `requires` and its premise must still hold (no Anschluss without
 * an Austria, no Franco-Soviet treaty the two already have).
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
    const lapse = lapseOf(state, ctx, ev);
    if (lapse) {
      return refuse(
        "ERR_NOT_ALLOWED",
        `That event's premise no longer holds: ${WHY[lapse.lapse]}.`,
      );
    }
    return undefined;
  },
  run(d, _by, action, ctx) {
    const ev = ctx.events.get(action.event);
    if (ev) fire(d, ctx, ev);
  },
};

const WHY: Readonly<Record<LapseKind, string>> = {
  gone: "a state it concerns is gone",
  atWar: "the powers it concerns are already at war",
  territory: "the territory it concerns has already changed hands",
  treaty: "its parties already have its treaty",
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
