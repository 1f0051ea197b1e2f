import { REGION_BY_ID } from "@cs/assets/map";
import { has, lang, powerName, t } from "../../i18n/index.ts";
import { formatList, formatNumber, formatTurnLabel } from "../../i18n/format.ts";
import { turnLabel, type GameView } from "@cs/shared";

/** A region's name in the current language, from the map's metadata. */
export function regionName(id: string): string {
  const r = REGION_BY_ID.get(id);
  return r ? r.name[lang()] : id;
}

export function treatyName(view: GameView, id: string): string {
  return view.treaties[id]?.name ?? id;
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
]);
const REGION_PARAMS = new Set(["region", "regions"]);

/**
 * News params made readable: power ids become names, region ids region names, treaty ids
 * treaty names, turn numbers dates, numbers localised.
 */
export function newsParams(
  view: GameView,
  params: Record<string, string | number>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const l = lang();
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "number") {
      out[k] =
        k === "effective" || k === "turn" ? formatTurnLabel(turnLabel(v), l) : formatNumber(v, l);
    } else if (POWER_PARAMS.has(k)) {
      out[k] = formatList(v.split(",").filter(Boolean).map(powerName), l);
    } else if (REGION_PARAMS.has(k)) {
      out[k] = formatList(v.split(",").filter(Boolean).map(regionName), l);
    } else if (k === "treaty") {
      out[k] = treatyName(view, v);
    } else if (k === "kind" && has(`ord.motionKind.${v}`)) {
      out[k] = t(`ord.motionKind.${v}`);
    } else if (k === "body" && has(`ord.body.${v}`)) {
      out[k] = t(`ord.body.${v}`);
    } else if (k === "branch" || k === "order") {
      out[k] = t(`${k === "branch" ? "branch" : "order"}.${v}`, { defaultValue: v });
    } else if (k === "event" && has(`events:event.${v}.headline`)) {
      out[k] = t(`events:event.${v}.headline`);
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** A news item as a sentence: its translation when the locale has one, else its key and facts. */
export function newsText(
  view: GameView,
  key: string,
  params: Record<string, string | number>,
): string {
  const p = newsParams(view, params);
  // A scenario event's headline lives in the events namespace (event.<id>.headline).
  if (key.startsWith("event.") && has(`events:${key}.headline`))
    return t(`events:${key}.headline`, p);
  const fallback = `${key.replace(/^news\./, "")}${Object.keys(p).length ? ` — ${Object.values(p).join(", ")}` : ""}`;
  // Engine news: a scenario's news.json when it has the key, else this client's ui.json.
  return t(key, { ...p, ns: ["news", "ui"], defaultValue: fallback });
}

/** The story under a scenario event's headline, when the locale has one. */
export function newsBody(key: string): string | undefined {
  return key.startsWith("event.") && has(`events:${key}.body`)
    ? t(`events:${key}.body`)
    : undefined;
}

/** The headline of a scenario event by id, or undefined. */
export function eventTitle(id: string): string | undefined {
  return has(`events:event.${id}.headline`) ? t(`events:event.${id}.headline`) : undefined;
}
