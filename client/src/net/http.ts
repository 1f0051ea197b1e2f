import type { MatchInfo } from "@cs/shared";

/**
 * The server's plain HTTP endpoints the client uses besides the Colyseus room. They are kept
 * here, in one place, because the server is being written at the same time: if a route
 * changes, this file is the only one to touch.
 */
export interface ScenarioSummary {
  id: string;
  name?: string;
  starts: string[];
  seats: Array<{ power: string; kind: "core" | "optional" | "minor" }>;
}

async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** `GET /api/scenarios`: the scenarios a host may choose, with their start points and seats. */
export async function listScenarios(base: string): Promise<ScenarioSummary[]> {
  const raw = await getJson<unknown>(base, "/api/scenarios");
  const list = Array.isArray(raw) ? raw : ((raw as { scenarios?: unknown[] }).scenarios ?? []);
  return list.map((s) => normaliseScenario(s as Record<string, unknown>));
}

function normaliseScenario(s: Record<string, unknown>): ScenarioSummary {
  const seats = Array.isArray(s["seats"])
    ? (s["seats"] as ScenarioSummary["seats"])
    : Array.isArray(s["powers"])
      ? (s["powers"] as Array<{ id: string; seat: ScenarioSummary["seats"][number]["kind"] }>).map(
          (p) => ({ power: p.id, kind: p.seat }),
        )
      : [];
  const starts = Array.isArray(s["starts"])
    ? (s["starts"] as string[])
    : typeof s["start"] === "string"
      ? [s["start"]]
      : [];
  const out: ScenarioSummary = { id: String(s["id"]), starts, seats };
  if (typeof s["name"] === "string") out.name = s["name"];
  return out;
}

/** `GET /api/scenarios/:id`: the full scenario, so the client can ask the engine what is legal. */
export function fetchScenario(base: string, id: string): Promise<unknown> {
  return getJson<unknown>(base, `/api/scenarios/${encodeURIComponent(id)}`);
}

/** `GET /api/matches`: public matches still in their lobby with seats free. */
export async function listPublicMatches(base: string): Promise<MatchInfo[]> {
  const raw = await getJson<unknown>(base, "/api/matches");
  return Array.isArray(raw)
    ? (raw as MatchInfo[])
    : ((raw as { matches?: MatchInfo[] }).matches ?? []);
}

/** `GET /api/codes/:code`: the match a private join code opens. */
export async function resolveJoinCode(base: string, code: string): Promise<string> {
  const raw = await getJson<{ matchId?: string; id?: string }>(
    base,
    `/api/codes/${encodeURIComponent(code)}`,
  );
  const id = raw.matchId ?? raw.id;
  if (!id) throw new Error("ERR_BAD_CODE");
  return id;
}
