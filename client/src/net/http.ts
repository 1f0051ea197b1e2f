import type { MatchInfo } from "@cs/shared";

/**
 * The server's plain HTTP endpoints the client uses besides the Colyseus room
 * (server/src/http/routes.ts), in one place.
 */
export interface ScenarioSummary {
  id: string;
  name?: string;
  starts: string[];
  seats: Array<{ power: string; kind: "core" | "optional" | "minor" }>;
}

/** A public match with seats open to people, as `GET /api/matches` lists it. */
export interface PublicMatch {
  id: string;
  name: string;
  scenario: string;
  start: string;
  status: MatchInfo["status"];
  freeSeats: string[];
}

class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(code);
    this.status = status;
    this.code = code;
    this.detail = message;
  }
  readonly detail: string;
}

async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new HttpError(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? path);
  }
  return (await res.json()) as T;
}

/** `GET /api/scenarios`: the scenarios a host may choose, with their start points and seats. */
export async function listScenarios(base: string): Promise<ScenarioSummary[]> {
  const raw = await getJson<unknown>(base, "/api/scenarios");
  const list = Array.isArray(raw) ? raw : [];
  return list.map((s) => normaliseScenario(s as Record<string, unknown>));
}

type Kind = ScenarioSummary["seats"][number]["kind"];

function normaliseScenario(s: Record<string, unknown>): ScenarioSummary {
  const powers = Array.isArray(s["powers"])
    ? (s["powers"] as Array<{ id: string; seat: Kind }>)
    : [];
  const out: ScenarioSummary = {
    id: String(s["id"]),
    starts: Array.isArray(s["starts"]) ? (s["starts"] as string[]) : [],
    seats: powers.map((p) => ({ power: p.id, kind: p.seat })),
  };
  if (typeof s["name"] === "string") out.name = s["name"];
  return out;
}

/**
 * `GET /api/scenarios/:id?start=…`: the full scenario, so the client can ask the engine what
 * is legal. Scenarios hold no secret. Used only when the scenario is not bundled.
 */
export function fetchScenario(base: string, id: string, start: string): Promise<unknown> {
  return getJson<unknown>(
    base,
    `/api/scenarios/${encodeURIComponent(id)}?start=${encodeURIComponent(start)}`,
  );
}

/** `GET /api/matches`: public matches, not finished, with seats open to people. */
export async function listPublicMatches(base: string): Promise<PublicMatch[]> {
  const raw = await getJson<unknown>(base, "/api/matches");
  // The server's JSON: a listing may come without its free seats.
  type Listed = Omit<PublicMatch, "freeSeats"> & { freeSeats?: string[] };
  const list = Array.isArray(raw) ? (raw as Listed[]) : [];
  return list.map((m) => ({ ...m, freeSeats: m.freeSeats ?? [] }));
}

/** `GET /api/join/:code`: the match a private join code opens (404 `ERR_BAD_CODE`). */
export async function resolveJoinCode(base: string, code: string): Promise<string> {
  const raw = await getJson<{ matchId?: string }>(base, `/api/join/${encodeURIComponent(code)}`);
  if (!raw.matchId) throw new HttpError(404, "ERR_BAD_CODE", "No match has that code.");
  return raw.matchId;
}
