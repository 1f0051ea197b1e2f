import type { RegionMeta } from "../map/types.ts";

/**
 * A scenario is written as several readable files (powers, region data, treaties, events by
 * year, objectives, the index, options). `composeScenario` joins them with the map's metadata
 * into one scenario input for `ScenarioSchema`: the map gives each region's id, kind, 1933
 * owner and adjacency (derived from the geometry, never copied by hand); the scenario adds
 * claims, demilitarisation, fortification, value and, for off-map boxes, an owner.
 */
export interface ScenarioParts {
  readonly manifest: unknown;
  readonly powers: unknown;
  readonly regions: unknown;
  readonly treaties: unknown;
  /** One file per year or per crisis, in calendar order. */
  readonly events: readonly unknown[];
  readonly objectives: unknown;
  readonly csi: unknown;
  readonly options: unknown;
  /** The historical path's milestones (the simulator's history test), if any. */
  readonly milestones?: unknown;
}

export interface CompositionProblem {
  readonly path: string;
  readonly message: string;
}

const REGION_FIELDS = ["owner", "controller", "claims", "demilitarised", "fortification", "value"];
const MANIFEST_FIELDS = ["id", "version", "start", "tension", "rules", "flags", "wars", "trust"];

export function composeScenario(
  parts: ScenarioParts,
  map: readonly RegionMeta[],
): { input: Record<string, unknown>; problems: CompositionProblem[] } {
  const problems: CompositionProblem[] = [];
  const manifest = record(parts.manifest);
  const input: Record<string, unknown> = {};
  for (const key of MANIFEST_FIELDS) if (manifest[key] !== undefined) input[key] = manifest[key];
  input["powers"] = list(parts.powers, "powers", problems);
  input["treaties"] = list(parts.treaties, "treaties", problems);
  input["events"] = parts.events.flatMap((file) => list(file, "events", problems));
  input["objectives"] = list(parts.objectives, "objectives", problems);
  input["csi"] = list(parts.csi, "csi", problems);
  input["options"] = list(parts.options, "options", problems);
  if (parts.milestones !== undefined) {
    input["milestones"] = list(parts.milestones, "milestones", problems);
  }

  const overrides = record(record(parts.regions)["regions"]);
  const known = new Set(map.map((r) => r.id));
  for (const id of Object.keys(overrides)) {
    if (!known.has(id))
      problems.push({ path: `regions.json: regions.${id}`, message: `no region ${id} on the map` });
  }
  input["regions"] = map.map((meta) => {
    const extra = record(overrides[meta.id]);
    const region: Record<string, unknown> = {
      id: meta.id,
      kind: meta.kind,
      adjacent: [...meta.adjacent],
      value: meta.kind === "land" ? 1 : meta.kind === "sea" ? 0 : 1,
    };
    if (meta.owner !== null) region["owner"] = meta.owner;
    for (const field of REGION_FIELDS) if (extra[field] !== undefined) region[field] = extra[field];
    return region;
  });
  return { input, problems };
}

function record(x: unknown): Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : {};
}

function list(file: unknown, key: string, problems: CompositionProblem[]): unknown[] {
  const value = record(file)[key];
  if (Array.isArray(value)) return value;
  problems.push({ path: `${key}.json`, message: `expected an object with a "${key}" list` });
  return [];
}
