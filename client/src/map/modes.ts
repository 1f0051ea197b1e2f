/**
 * What each map mode shows, read from the view alone (the client decides no rule): treaty
 * links between partners, where a power's help can arrive, and who applies League sanctions.
 * Phaser-free for unit tests.
 */
import { reachArea, type Ctx, type GameView } from "@cs/shared";
import type { RegionMeta } from "@cs/assets/map";

export type MapMode = "political" | "alliances" | "reach" | "sanctions";

export type LinkKind = "alliance" | "guarantee" | "nonAggression" | "entente";

export interface TreatyLink {
  treaty: string;
  a: string;
  b: string;
  kind: LinkKind;
  /** The view holds a secret clause of it: only its parties (or those it was revealed to) see this. */
  secret: boolean;
}

const BINDING = new Set(["signed", "inForce"]);
const RANK: Record<LinkKind, number> = { alliance: 3, guarantee: 2, entente: 1, nonAggression: 0 };

function kindOf(clauseKind: string): LinkKind {
  if (clauseKind === "mutualAssistance" || clauseKind === "militaryConvention") return "alliance";
  if (clauseKind === "guarantee") return "guarantee";
  if (clauseKind === "nonAggression") return "nonAggression";
  return "entente";
}

/** One link per pair of parties of each treaty in force, styled by its strongest clause. */
export function treatyLinks(view: GameView): TreatyLink[] {
  const out: TreatyLink[] = [];
  for (const t of Object.values(view.treaties)) {
    if (!BINDING.has(t.status) || t.parties.length < 2) continue;
    let kind: LinkKind = "nonAggression";
    let secret = false;
    for (const c of t.clauses) {
      const k = kindOf(c.kind);
      if (RANK[k] > RANK[kind]) kind = k;
      if ("secret" in c && c.secret) secret = true;
    }
    // A guarantee runs from each guarantor to the beneficiary, not between every party
    // (Locarno bound five powers but guaranteed one frontier).
    if (kind === "guarantee") {
      for (const c of t.clauses)
        if (c.kind === "guarantee")
          for (const g of c.guarantors)
            if (g !== c.beneficiary)
              out.push({ treaty: t.id, a: g, b: c.beneficiary, kind, secret });
      continue;
    }
    const parties = [...t.parties].sort();
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++)
        out.push({ treaty: t.id, a: parties[i] ?? "", b: parties[j] ?? "", kind, secret });
  }
  return out;
}

/** Where a power's forces can arrive, by the engine's rule, from what the viewer knows. */
export function engineReach(view: GameView, power: string, ctx: Ctx): Set<string> {
  return reachArea(view, ctx, power);
}

export type SanctionRole = "sanctioned" | "applying" | "refusing";

/** Each power's part in the League sanctions in force. */
export function sanctionRoles(view: GameView): Map<string, SanctionRole> {
  const roles = new Map<string, SanctionRole>();
  for (const s of Object.values(view.sanctions)) {
    if (!s.active) continue;
    for (const p of s.refusing) if (!roles.has(p)) roles.set(p, "refusing");
    for (const p of s.applying) roles.set(p, "applying");
  }
  for (const s of Object.values(view.sanctions)) if (s.active) roles.set(s.target, "sanctioned");
  return roles;
}

/**
 * The region a power's treaty lines start from: its capital while it holds it, else its
 * largest region, else nothing (a power off the map).
 */
export function anchorRegion(
  view: GameView,
  power: string,
  regions: readonly RegionMeta[],
): RegionMeta | undefined {
  const held = regions.filter(
    (r) => r.kind !== "sea" && (view.regions[r.id]?.controller ?? r.owner) === power,
  );
  return (
    held.find((r) => r.capital && r.owner === power) ??
    held.sort((a, b) => b.areaKm2 - a.areaKm2 || a.id.localeCompare(b.id))[0]
  );
}
