/**
 * How each region is painted in a mode: a fill and the patterns that carry meaning on top of
 * colour (hatching: demilitarised; cross-hatching: occupied; stipple: within reach; vertical
 * rules: under sanctions). Pure, so the baked texture is redrawn only when this changes.
 */
import type { Ctx, GameView } from "@cs/shared";
import type { RegionMeta } from "@cs/assets/map";
import { MODE, PAPER, inkOf, tintOf } from "../look/palette.ts";
import { engineReach, sanctionRoles, type MapMode } from "./modes.ts";

export type Pattern = "hatch" | "cross" | "stipple" | "rules";

export interface RegionLook {
  fill: string;
  patterns: Array<{ kind: Pattern; ink: string }>;
  /** Powers claiming the region: a dotted outline in each claimant's ink. */
  claims: string[];
  /** Fortification level (0–5): a toothed line on its frontiers. */
  fort: number;
  controller: string | null;
}

/** Mix two "#rrggbb" colours: t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  let out = "#";
  for (const s of [16, 8, 0]) {
    const v = Math.round(((pa >> s) & 255) * (1 - t) + ((pb >> s) & 255) * t);
    out += v.toString(16).padStart(2, "0");
  }
  return out;
}

export interface StyleInput {
  /** Null before the first view arrives: the 1933 owners are drawn. */
  view: GameView | null;
  mode: MapMode;
  /** The power the reach mode is about: the selected region's controller, else the seat. */
  focus: string | null;
  regions: readonly RegionMeta[];
  /** The compiled scenario: reach by the engine's rule (none drawn without it). */
  ctx?: Ctx | null;
}

/** Reach by the engine's rule; nothing is drawn until the scenario is compiled. */
function reachOf(view: GameView, focus: string, ctx?: Ctx | null): Set<string> | undefined {
  return ctx ? engineReach(view, focus, ctx) : undefined;
}

export function regionLooks(input: StyleInput): Map<string, RegionLook> {
  const { view, mode, focus, regions } = input;
  const looks = new Map<string, RegionLook>();
  const reach = view && mode === "reach" && focus ? reachOf(view, focus, input.ctx) : undefined;
  const roles = view && mode === "sanctions" ? sanctionRoles(view) : undefined;
  for (const meta of regions) {
    if (meta.kind === "sea") continue;
    const st = view?.regions[meta.id];
    const controller = st?.controller ?? meta.owner;
    const owner = st?.owner ?? meta.owner;
    const tint = tintOf(controller);
    const look: RegionLook = {
      fill: tint,
      patterns: [],
      claims: st?.claims.filter((c) => c !== controller) ?? [],
      fort: st?.fortification ?? 0,
      controller,
    };
    if (st?.demilitarised) look.patterns.push({ kind: "hatch", ink: "#3b3226" });
    if (owner && controller && owner !== controller)
      look.patterns.push({ kind: "cross", ink: inkOf(controller, 0.5) });
    if (mode === "alliances") look.fill = mix(tint, PAPER, 0.55);
    if (reach) {
      if (controller === focus) look.fill = tint;
      else if (reach.has(meta.id)) {
        look.fill = mix(tint, MODE.reach, 0.35);
        look.patterns.push({ kind: "stipple", ink: "#2f4f2c" });
      } else look.fill = mix(tint, MODE.muted, 0.75);
    }
    if (roles) {
      const role = controller ? roles.get(controller) : undefined;
      if (role === "sanctioned") {
        look.fill = mix(MODE.sanctioned, PAPER, 0.35);
        look.patterns.push({ kind: "rules", ink: "#5a1f1a" });
      } else if (role === "applying") look.fill = mix(MODE.applying, PAPER, 0.45);
      else if (role === "refusing") look.fill = mix(MODE.refusing, PAPER, 0.4);
      else look.fill = mix(tint, MODE.muted, 0.8);
    }
    looks.set(meta.id, look);
  }
  return looks;
}

/** A cheap fingerprint: the texture is re-baked only when it changes. */
export function looksKey(looks: ReadonlyMap<string, RegionLook>): string {
  let key = "";
  for (const [id, l] of looks) {
    key += `${id}:${l.fill}:${l.fort}:${l.controller ?? ""}:`;
    key += l.patterns.map((p) => p.kind + p.ink).join(",") + ":" + l.claims.join(",") + ";";
  }
  return key;
}
