import { spreadRoles } from "./roles.ts";
import type { Role } from "./types.ts";

/**
 * Placing students in teams: balanced (the power with fewest students first, up to the team
 * size), by random order or by each student's preferences in order. Pure: the caller passes
 * the random draw (`pick(n)` in 0..n-1), so the server may use its own generator.
 */
export interface Placeable {
  id: string;
  power: string | null;
  prefs: readonly string[];
  roles?: readonly Role[];
}

export function autoAssign(
  students: readonly Placeable[],
  powers: readonly string[],
  teamMax: number,
  by: "random" | "preferences",
  pick: (n: number) => number,
): Map<string, string> {
  const size = new Map(powers.map((p) => [p, 0]));
  for (const s of students)
    if (s.power && size.has(s.power)) size.set(s.power, (size.get(s.power) ?? 0) + 1);
  const waiting = students.filter((s) => !s.power || !size.has(s.power));
  // A random order either way, so that ties between equal preferences are fair.
  const order = [...waiting];
  for (let i = order.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [order[i], order[j]] = [order[j] as Placeable, order[i] as Placeable];
  }
  const out = new Map<string, string>();
  const place = (s: Placeable, power: string) => {
    out.set(s.id, power);
    size.set(power, (size.get(power) ?? 0) + 1);
  };
  const smallest = (among: readonly string[]) => {
    const open = among.filter((p) => (size.get(p) ?? teamMax) < teamMax);
    if (open.length === 0) return undefined;
    const min = Math.min(...open.map((p) => size.get(p) ?? 0));
    const ties = open.filter((p) => size.get(p) === min);
    return ties[pick(ties.length)];
  };
  if (by === "preferences") {
    for (let rank = 0; rank < 3; rank++) {
      for (const s of order) {
        if (out.has(s.id)) continue;
        const want = s.prefs[rank];
        // A preference is granted while that team is no bigger than the smallest one.
        const min = Math.min(...[...size.values()]);
        if (
          want &&
          size.has(want) &&
          (size.get(want) ?? 0) <= min &&
          (size.get(want) ?? 0) < teamMax
        )
          place(s, want);
      }
    }
  }
  for (const s of order) {
    if (out.has(s.id)) continue;
    const power = smallest(powers);
    if (power) place(s, power);
  }
  return out;
}

/**
 * "Place at random" / "Place by preferences" in one click: the students without a team are
 * placed (autoAssign), then every team that received someone has its roles spread
 * (spreadRoles: one head of government per team, the rest shared out). Returns the new power
 * and roles of each student whose place or roles change.
 */
export function placeWithRoles(
  students: readonly Placeable[],
  powers: readonly string[],
  teamMax: number,
  by: "random" | "preferences",
  pick: (n: number) => number,
): Map<string, { power: string; roles: Role[] }> {
  const placed = autoAssign(students, powers, teamMax, by, pick);
  const powerOf = (s: Placeable) => placed.get(s.id) ?? s.power;
  const out = new Map<string, { power: string; roles: Role[] }>();
  for (const power of new Set(placed.values())) {
    const team = students.filter((s) => powerOf(s) === power);
    const roles = spreadRoles(team.map((s) => ({ id: s.id, roles: s.roles ?? [] })));
    for (const s of team) {
      const r = roles.get(s.id) ?? [];
      const same = s.power === power && r.join() === (s.roles ?? []).join();
      if (!same) out.set(s.id, { power, roles: r });
    }
  }
  return out;
}
