import { afterEach, describe, expect, test } from "vitest";
import {
  apply,
  compile,
  createInitialState,
  MINI,
  viewFor,
  type GameState,
  type Role,
} from "@cs/shared";
import { ClassMessages } from "./class-messages.ts";
import { legalFor, setActingRoles } from "./rules.ts";

const ctx = compile(MINI);

/** France's view in the Orders phase of the first turn. */
function ordersView() {
  let state: GameState = createInitialState(MINI, {
    seed: 1,
    historicalEvents: true,
    hiddenObjectives: false,
  });
  while (state.phase !== "orders") {
    const r = apply(state, "system", { type: "advance" }, ctx);
    if (!r.ok) throw new Error(r.error.code);
    state = r.value.state;
  }
  return viewFor(state, "FRA");
}

const kinds = (roles: Role[] | undefined) => {
  setActingRoles(roles);
  return new Set(
    legalFor(ordersView(), "FRA", ctx).map((a) => (a.type === "order" ? a.order.kind : a.type)),
  );
};

describe("a class member is offered only what their roles allow", () => {
  afterEach(() => setActingRoles(undefined));

  test("outside a class: every legal action", () => {
    const all = kinds(undefined);
    expect(all.has("invest")).toBe(true);
    expect(all.has("rearm")).toBe(true);
    expect(all.has("ready")).toBe(true);
  });

  test("the finance minister invests but does not rearm; the war minister the reverse", () => {
    const finance = kinds(["finance"]);
    expect(finance.has("invest")).toBe(true);
    expect(finance.has("rearm")).toBe(false);
    expect(finance.has("ready")).toBe(true);
    const war = kinds(["war"]);
    expect(war.has("rearm")).toBe(true);
    expect(war.has("invest")).toBe(false);
  });
});

describe("class messages reach a page that subscribes after the join", () => {
  test("a late subscriber gets the latest message first, then the next ones", () => {
    const m = new ClassMessages();
    const seen: number[] = [];
    m.emit("memos", { memos: [] });
    m.emit("memos", { memos: [{ id: 1 } as never] });
    m.on("memos", (x) => seen.push(x.memos.length));
    m.emit("memos", { memos: [] });
    expect(seen).toEqual([1, 0]);
    m.reset();
    const after: number[] = [];
    m.on("memos", (x) => after.push(x.memos.length));
    expect(after).toEqual([]);
  });
});
