/**
 * Issue 15, item 4: the built client ships no objective. Every shipped scenario's objective
 * ids and descriptions (en and fr), and every name that is not also public text elsewhere (an
 * event's title, a region, a briefing), are absent from every file of a fresh `vite build`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { MINI } from "@cs/shared";
import { buildClient, ROOT } from "../e2e/harness.ts";

type Words = Record<string, { name: string; description?: string }>;

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Everything the client may ship besides objectives: what a coincident name is found in. */
function publicText(): string {
  const locales = ["en", "fr"].flatMap((lang) =>
    readdirSync(join(ROOT, "assets/locales", lang))
      .filter((f) => f !== "objectives.json")
      .map((f) => read(`assets/locales/${lang}/${f}`)),
  );
  const scenario = readdirSync(join(ROOT, "assets/scenarios/1933"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".json") && !f.endsWith("objectives.json"))
    .map((f) => read(`assets/scenarios/1933/${f}`));
  return [...locales, ...scenario, read("RULES.md")].join("\n");
}

describe("the client's bundle holds no objective", () => {
  test("a fresh build: no id, no description, no name of its own", () => {
    const out = buildClient();
    const shipped = files(out).map((f) => readFileSync(f).toString("utf8"));
    const bundle = shipped.join("\n");
    expect(shipped.length).toBeGreaterThan(5);

    const scenario = JSON.parse(read("assets/scenarios/1933/objectives.json")) as {
      objectives: { id: string }[];
    };
    const ids = [...scenario.objectives.map((o) => o.id), ...MINI.objectives.map((o) => o.id)];
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) expect(bundle, id).not.toContain(id);

    const elsewhere = publicText();
    let names = 0;
    for (const lang of ["en", "fr"]) {
      const words = (
        JSON.parse(read(`assets/locales/${lang}/objectives.json`)) as {
          objective: Words;
        }
      ).objective;
      for (const [id, w] of Object.entries(words)) {
        if (w.description) expect(bundle, `${lang} ${id}`).not.toContain(w.description);
        if (elsewhere.includes(w.name)) continue; // also an event's title, a region…
        names++;
        expect(bundle, `${lang} ${id}: ${w.name}`).not.toContain(w.name);
      }
    }
    expect(names).toBeGreaterThan(50);
  }, 300_000);
});
