import type { IncomingMessage } from "node:http";
import { CreateMatchSchema } from "@cs/shared";
import { describe, expect, test } from "vitest";
import type { MatchRow } from "../storage/types.ts";
import { hashToken } from "../tokens.ts";
import { logAccess, replayFileName, teacherByHostToken } from "./replay-access.ts";

const TOKEN = "teacher-token";
const row = (status: MatchRow["status"], cls: boolean): MatchRow => ({
  name: "Classe de 3e — Munich",
  settings: CreateMatchSchema.parse({}),
  scenario: "mini",
  start: "1935-I",
  seed: 1,
  status,
  visibility: "private",
  code: "ABCDEFGHJK",
  hostHash: hashToken(TOKEN),
  created: 0,
  finished: null,
  id: cls ? "class1" : "abc",
});
const req = (token?: string) =>
  ({ headers: token === undefined ? {} : { "x-host-token": token } }) as IncomingMessage;

describe("who may read a match's log", () => {
  test.each([
    ["a finished match, anyone", row("finished", false), req(), "everyone"],
    ["a running match, no token", row("running", true), req(), "none"],
    ["a running class, a wrong token", row("running", true), req("forged"), "none"],
    ["a running class, its teacher", row("running", true), req(TOKEN), "teacher"],
    ["a running ordinary match, its host (a player)", row("running", false), req(TOKEN), "none"],
  ])("%s", async (_what, r, q, expected) => {
    expect(
      await logAccess(
        r,
        q,
        teacherByHostToken(async (id) => id === "class1"),
      ),
    ).toBe(expected);
  });

  test("download names are safe file names", () => {
    const name = replayFileName({
      meta: { name: "Classe de 3e — Munich", matchId: "abc" },
    } as never);
    expect(name).toBe("Classe-de-3e-Munich-abc.replay.json");
  });
});
