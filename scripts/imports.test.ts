import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { check, importsOf } from "./imports.ts";

const ROOT = "/repo";
const at = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([f, t]) => [resolve(ROOT, f), t]));

/** The import check fires: planted problems are found, a clean tree passes. */
describe("the import graph check", () => {
  test("type-only imports and re-exports count", () => {
    expect(
      importsOf(
        'import type { A } from "./a.ts";\nexport type { B } from "./b.ts";\nimport "./c.ts";',
      ),
    ).toEqual(["./a.ts", "./b.ts", "./c.ts"]);
  });

  test.each([
    [
      "a circle of type-only imports",
      {
        "shared/src/a.ts": 'import type { B } from "./b.ts";\nexport type A = B;',
        "shared/src/b.ts": 'import type { A } from "./a.ts";\nexport type B = A;',
      },
      "cycle: shared/src/a.ts → shared/src/b.ts → shared/src/a.ts",
    ],
    [
      "the room importing the classroom",
      {
        "server/src/room/MatchRoom.ts": 'import { classroom } from "../classroom/extension.ts";',
        "server/src/classroom/extension.ts": "export const classroom = 1;",
      },
      "layer: server/src/room/MatchRoom.ts imports ../classroom/extension.ts: the room knows only its extension interface",
    ],
    [
      "a relative path into another package",
      {
        "client/src/x.ts": 'import { MINI } from "../../shared/src/testing/mini.ts";',
        "shared/src/testing/mini.ts": "export const MINI = 1;",
      },
      "escape: client/src/x.ts imports ../../shared/src/testing/mini.ts: import the package by name",
    ],
    [
      "the engine importing the server",
      { "shared/src/x.ts": 'import { createServer } from "@cs/server";' },
      "layer: shared/src/x.ts imports @cs/server: the engine depends on nothing",
    ],
  ])("%s is found", (_name, files, problem) => {
    expect(check(ROOT, at(files)).map((p) => `${p.kind}: ${p.text}`)).toContain(problem);
  });

  test("a tree in layers passes", () => {
    const files = at({
      "server/src/classroom/extension.ts":
        'import type { RoomExtension } from "../room/extension.ts";',
      "server/src/room/extension.ts": 'import type { Match } from "../match/match.ts";',
      "server/src/match/match.ts": 'import { apply } from "@cs/shared";',
    });
    expect(check(ROOT, files)).toEqual([]);
  });
});
