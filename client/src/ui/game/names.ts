import { REGION_BY_ID } from "@cs/assets/map";
import { has, lang, powerName, powerParams, resource, t } from "../../i18n/index.ts";
import { formatList, formatNumber, formatTurnLabel } from "../../i18n/format.ts";
import { turnLabel, type GameView } from "@cs/shared";
import type { DraftProblem, EditorState } from "./editor-model.ts";

/** A region's name in the current language, from the map's metadata. */
export function regionName(id: string): string {
  const r = REGION_BY_ID.get(id);
  return r ? r.name[lang()] : id;
}

/** Titles the engine builds from ids (`Guarantee of AUT by FRA`), read back as sentences. */
const GENERATED: ReadonlyArray<[RegExp, string, readonly string[]]> = [
  [/^Guarantee of (\S+) by (\S+)$/, "guarantee", ["target", "power"]],
  [/^Military access for (\S+) through (\S+)$/, "access", ["to", "power"]],
];

/**
 * A treaty's title in the current language: historical and bot-drafted titles from
 * treaties.json (keyed by the title in the data), generated ones rebuilt from their parties;
 * a title a player typed stays as typed.
 */
export function treatyTitle(name: string): string {
  const names = resource("treaties", "names") as Record<string, string> | undefined;
  const known = names?.[name];
  if (known) return known;
  for (const [re, key, params] of GENERATED) {
    const m = re.exec(name);
    if (!m) continue;
    const p: Record<string, string> = {};
    params.forEach((k, i) => Object.assign(p, powerParams(k, [m[i + 1] ?? ""])));
    return t(`treaties:generated.${key}`, p);
  }
  return name;
}

/** The bots' drafts (shared/src/bots/negotiate.ts) bear a kind, not a name: told apart by their parties. */
const KIND_TITLES: ReadonlySet<string> = new Set([
  "Non-aggression pact",
  "Treaty of mutual assistance",
]);

/** How dip.defaultName begins in each language ("Treaty between France and Italy"). */
const DEFAULT_TITLES = ["Treaty between ", "Traité entre "];

/**
 * A treaty's title by id; `fallback` (the title a news item carries) when the view lacks it. A
 * bot's draft titled by its kind alone takes its parties ("Non-aggression pact (Poland–Romania)"),
 * or the paper would say "Treaty of mutual assistance is signed" without saying whose.
 */
export function treatyName(view: GameView, id: string, fallback?: string): string {
  const tr = view.treaties[id];
  if (tr) return treatyTitleOf(tr);
  return fallback ? treatyTitle(fallback) : t("story:treatyUnknown");
}

/** A treaty's title from the treaty itself (treatyName's reading, where no view is at hand). */
export function treatyTitleOf(tr: { name: string; parties: readonly string[] }): string {
  const { name, parties } = tr;
  // The editor's default title was written in its author's language: read in the reader's.
  if (DEFAULT_TITLES.some((d) => name.startsWith(d)))
    return t("dip.defaultName", powerParams("parties", parties));
  const title = treatyTitle(name);
  return KIND_TITLES.has(name) && parties.length
    ? `${title} (${parties.map(powerName).join("–")})`
    : title;
}

const POWER_PARAMS = new Set([
  "power",
  "victim",
  "aggressor",
  "target",
  "from",
  "to",
  "by",
  "side",
  "conqueror",
  "loser",
  "government",
  "against",
  "holder",
  "proposer",
  "insurgent",
  "convener",
  "beneficiary",
  "parties",
]);
const REGION_PARAMS = new Set(["region", "regions"]);
/** Params that are numbers to show as they are, not dates. */
const TURN_PARAMS = new Set(["effective", "turn", "lastTurn"]);

/**
 * News params made readable: power ids become names (with their grammatical forms), region
 * ids region names, treaty ids treaty titles, turn numbers dates, choices their label,
 * numbers localised.
 */
export function newsParams(
  view: GameView,
  params: Record<string, string | number>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const l = lang();
  const event = typeof params["event"] === "string" ? params["event"] : undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "number") {
      out[k] = TURN_PARAMS.has(k) ? formatTurnLabel(turnLabel(v), l) : formatNumber(v, l);
    } else if (POWER_PARAMS.has(k)) {
      Object.assign(out, powerParams(k, v.split(",").filter(Boolean)));
    } else if (REGION_PARAMS.has(k)) {
      out[k] = formatList(v.split(",").filter(Boolean).map(regionName), l);
    } else if (k === "treaty" || k === "with") {
      out[k] = treatyName(
        view,
        v,
        k === "treaty" ? String(params["name"] ?? "") || undefined : undefined,
      );
    } else if (k === "name") {
      // Beside its treaty's id, the title is read through it (a bot's draft takes its parties).
      out[k] =
        typeof params["treaty"] === "string"
          ? treatyName(view, params["treaty"], v)
          : treatyTitle(v);
    } else if (k === "kind" && has(`ord.motionKind.${v}`)) {
      out[k] = t(`ord.motionKind.${v}`);
    } else if (k === "body" && has(`ord.body.${v}`)) {
      out[k] = t(`ord.body.${v}`);
    } else if (k === "choice" && event && has(`events:event.${event}.choice.${v}`)) {
      out[k] = t(`events:event.${event}.choice.${v}`);
    } else if (k === "choice") {
      out[k] = t(`choice.${v}`, { defaultValue: v });
    } else if (k === "branch" || k === "order") {
      out[k] = t(`${k === "branch" ? "branch" : "order"}.${v}`, { defaultValue: v });
    } else if (k === "event" && has(`events:event.${v}.headline`)) {
      out[k] = t(`events:event.${v}.headline`);
    } else if (k === "code" && has(`story:warning.${v}`)) {
      out[k] = t(`story:warning.${v}`);
    } else if (k === "figure") {
      out[k] = t(`story:figure.${v}`, { defaultValue: t(`figure.${v}`) });
    } else if (k === "reason" && has(`story:reason.${v}`)) {
      out[k] = t(`story:reason.${v}`);
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** A news item as a sentence: its translation, or a plain notice (never its key or raw ids). */
export function newsText(
  view: GameView,
  key: string,
  params: Record<string, string | number>,
): string {
  const p = newsParams(view, params);
  // The teacher's undo names the half-year by its label ("1935-I"): read it as a date.
  if (key === "class:news.rollback" && typeof params["text"] === "string")
    p["text"] = formatTurnLabel(params["text"], lang());
  // A scenario event's headline lives in the events namespace (event.<id>.headline).
  if (key.startsWith("event.") && has(`events:${key}.headline`))
    return t(`events:${key}.headline`, p);
  // Engine news: a scenario's news.json when it has the key, else this client's ui.json.
  return t(key, { ...p, ns: ["news", "ui"], defaultValue: t("news.unknown") });
}

/**
 * The story under a news headline, when the locale has one: a scenario event's body, or what a
 * crisis's outcome did (`events:event.<id>.branch.<branch>`, "France mobilises and marches…").
 */
export function newsBody(
  key: string,
  params: Record<string, string | number> = {},
): string | undefined {
  if (key === "news.crisisBranch") {
    const k = `events:event.${String(params["event"])}.branch.${String(params["branch"])}`;
    return has(k) ? t(k) : undefined;
  }
  return key.startsWith("event.") && has(`events:${key}.body`)
    ? t(`events:${key}.body`)
    : undefined;
}

/** The headline of a scenario event by id, or undefined. */
export function eventTitle(id: string): string | undefined {
  return has(`events:event.${id}.headline`) ? t(`events:event.${id}.headline`) : undefined;
}

/** A warning from the rules (a contradiction with a treaty in force), in the reader's language. */
export function warningText(
  view: GameView,
  w: { code: string; treaty?: string | undefined; message: string },
): string {
  const key = `story:warning.${w.code}`;
  if (!has(key)) return w.message;
  return t(key, { with: w.treaty ? treatyName(view, w.treaty) : "" });
}

/** Where the draft is incomplete, as a sentence: "Article 2 (Spheres of interest) is not complete: …". */
export function problemText(ed: EditorState, p: DraftProblem): string {
  const cl = p.clause !== undefined ? ed.clauses[p.clause] : undefined;
  if (!cl || p.clause === undefined) return t("dip.incomplete.treaty");
  const at = { n: p.clause + 1, kind: t(`clause.${cl.kind}.name`) };
  if (p.field && has(`dip.incomplete.${p.field}`)) return t(`dip.incomplete.${p.field}`, at);
  const field = p.field ? `dip.field.${p.field}` : "";
  return field && has(field)
    ? t("dip.incomplete.field", { ...at, field: t(field, { power: "" }).trim() })
    : t("dip.incomplete.clause", at);
}
