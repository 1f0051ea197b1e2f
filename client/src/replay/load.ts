import {
  parseReplay,
  replayTimeline,
  type Ctx,
  type ReplayError,
  type ReplayFile,
  type ReplayTimeline,
} from "@cs/shared";
import { fetchScenario } from "../net/http.ts";
import { bundledScenario, compileScenario } from "../net/rules.ts";
import { loadSession } from "../net/tokens.ts";

/**
 * Where a replay comes from — the server's archive or a file the person chose — and turning
 * it into a timeline with the engine. Every failure is a `{ code, message }` value for the
 * viewer to put into words; nothing here throws at the page.
 */
export interface Loaded {
  file: ReplayFile;
  ctx: Ctx;
  timeline: ReplayTimeline;
  /** The server gave a running match's log to its teacher: the omniscient view is allowed. */
  teacher: boolean;
  /** Loaded from the archive (branch by match id) rather than from a file. */
  fromServer: boolean;
}

export type LoadResult = { ok: true; value: Loaded } | { ok: false; error: ReplayError | Failure };
interface Failure {
  code: string;
  message: string;
}

async function failure(res: Response): Promise<Failure> {
  const body = (await res.json().catch(() => ({}))) as Partial<Failure>;
  return { code: body.code ?? `HTTP_${res.status}`, message: body.message ?? res.statusText };
}

const network = (e: unknown): Failure => ({ code: "ERR_NETWORK", message: String(e) });

/** The match's scenario: bundled with the client when it can be, else from the server. */
async function scenarioCtx(base: string, file: ReplayFile): Promise<Ctx | undefined> {
  const { id, start } = file.scenario;
  const ctx = await bundledScenario(id, start).catch(() => undefined);
  if (ctx) return ctx;
  try {
    return compileScenario(await fetchScenario(base, id, start));
  } catch {
    return undefined;
  }
}

async function build(
  base: string,
  file: ReplayFile,
  teacher: boolean,
  fromServer: boolean,
): Promise<LoadResult> {
  const ctx = await scenarioCtx(base, file);
  if (!ctx) {
    return {
      ok: false,
      error: {
        code: "ERR_REPLAY_SCENARIO",
        message: `Scenario ${file.scenario.id} is not available here.`,
        params: { scenario: file.scenario.id, start: file.scenario.start },
      },
    };
  }
  if (ctx.scenario.version !== file.scenario.version) {
    return {
      ok: false,
      error: {
        code: "ERR_REPLAY_SCENARIO_VERSION",
        message: `Scenario version ${file.scenario.version}, not ${ctx.scenario.version}.`,
        params: {
          scenario: file.scenario.id,
          found: file.scenario.version,
          expected: ctx.scenario.version,
        },
      },
    };
  }
  const timeline = replayTimeline(file, ctx.scenario);
  if (!timeline.ok) return timeline;
  return { ok: true, value: { file, ctx, timeline: timeline.value, teacher, fromServer } };
}

/**
 * The class teacher's host token for this match, as the teacher's dashboard keeps it in this
 * browser (client/src/class/teacher.ts, `cs.class.teacher`; the teacher link stores it there
 * too): the dashboard's "Replay" opens the running class with no token in any address.
 */
function classTeacherToken(matchId: string): string | undefined {
  try {
    const saved = JSON.parse(window.localStorage.getItem("cs.class.teacher") ?? "null") as {
      matchId?: unknown;
      hostToken?: unknown;
    } | null;
    return saved?.matchId === matchId && typeof saved.hostToken === "string"
      ? saved.hostToken
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A stored match's replay. A teacher's host token (from the link's fragment or the browser's
 * session), sent as a header, opens a running class match too.
 */
export async function loadMatch(base: string, matchId: string): Promise<LoadResult> {
  const session = loadSession(window.localStorage);
  const headers: Record<string, string> = { accept: "application/json" };
  // A teacher's link may carry the token in the fragment (`#host=…`), which no server sees.
  const fromLink = new URLSearchParams(window.location.hash.slice(1)).get("host");
  const token =
    fromLink ??
    (session?.matchId === matchId ? session.hostToken : undefined) ??
    classTeacherToken(matchId);
  if (token) headers["x-host-token"] = token;
  let res: Response;
  try {
    res = await fetch(`${base}/api/matches/${encodeURIComponent(matchId)}/replay`, { headers });
  } catch (e) {
    return { ok: false, error: network(e) };
  }
  if (!res.ok) return { ok: false, error: await failure(res) };
  const parsed = parseReplay(await res.text());
  if (!parsed.ok) return parsed;
  return build(base, parsed.value, parsed.value.meta.status !== "finished", true);
}

/**
 * A file chosen by the person: read and checked here first (a file of another version is
 * refused before anything is sent), then validated by the server, whose scenarios decide.
 */
export async function loadFile(base: string, text: string): Promise<LoadResult> {
  const local = parseReplay(text);
  if (!local.ok) return local;
  let res: Response;
  try {
    res = await fetch(`${base}/api/replays`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: text,
    });
  } catch (e) {
    return { ok: false, error: network(e) };
  }
  if (!res.ok) return { ok: false, error: await failure(res) };
  const body = (await res.json()) as { replay: unknown };
  const checked = parseReplay(body.replay);
  if (!checked.ok) return checked;
  return build(base, checked.value, false, false);
}
