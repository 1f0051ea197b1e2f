// Every crisis outcome is told in words (issue 12, item 7: "The crisis takes a turn" taught
// nothing). Each branch of each event in the 1933 scenario's event files has a sentence saying
// what happened, `event.<id>.branch.<branch>` in events.json, in English and in French; the news
// and the debrief print it under the crisis. A branch added to an event file without its text
// fails here.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const EVENTS_DIR = fileURLToPath(new URL("../scenarios/1933/events/", import.meta.url));
const LOCALES_DIR = fileURLToPath(new URL(".", import.meta.url));

interface EventFile {
  events: { id: string; branches?: { id: string }[] }[];
}

const branches: [string, string][] = readdirSync(EVENTS_DIR)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => (JSON.parse(readFileSync(EVENTS_DIR + f, "utf8")) as EventFile).events)
  .flatMap((e) => (e.branches ?? []).map((b): [string, string] => [e.id, b.id]));

type Texts = { event: Record<string, { branch?: Record<string, unknown> }> };
const load = (lang: string): Texts =>
  JSON.parse(readFileSync(`${LOCALES_DIR}${lang}/events.json`, "utf8")) as Texts;

describe.each(["en", "fr"])("crisis outcomes in words (%s)", (lang) => {
  const texts = load(lang);

  it("the scenario has branches to tell", () => {
    expect(branches.length).toBeGreaterThan(40);
  });

  it("every branch of every event has its sentence", () => {
    const missing = branches
      .filter(([ev, b]) => {
        const s = texts.event[ev]?.branch?.[b];
        return typeof s !== "string" || s.trim().length < 10;
      })
      .map(([ev, b]) => `event.${ev}.branch.${b}`);
    expect(missing).toEqual([]);
  });

  it("tells no branch the scenario does not have", () => {
    const known = new Set(branches.map(([ev, b]) => `${ev}/${b}`));
    const extra = Object.entries(texts.event).flatMap(([ev, e]) =>
      Object.keys(e.branch ?? {})
        .filter((b) => !known.has(`${ev}/${b}`))
        .map((b) => `event.${ev}.branch.${b}`),
    );
    expect(extra).toEqual([]);
  });
});
