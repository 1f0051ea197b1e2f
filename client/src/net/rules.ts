import {
  compile,
  legalActions,
  MINI_PUBLIC,
  roleMayAct,
  roleMayPropose,
  ScenarioSchema,
  type Action,
  type Ctx,
  type GameView,
  type Objective,
  type PowerId,
  type Role,
  type Scenario,
} from "@cs/shared";
import { fetchScenario } from "./http.ts";

/**
 * The client asks the shared engine — never its own code — what a seat may do. The engine's
 * legal actions, checks, draft warnings, scores and reach take what a seat knows (`Known`):
 * its view is one, so they run on it as they run on the state, and reading something a view
 * lacks fails at compile time (the server re-checks every action on the full state).
 */
export function compileScenario(raw: unknown): Ctx {
  return compile(ScenarioSchema.parse(raw));
}

/**
 * The scenarios shipped in assets/ (`@cs/assets/scenarios`), loaded lazily as their own chunk
 * and only for a match that plays one. Reached through a glob so the client still builds
 * while that module is being written.
 */
interface ScenarioModule {
  loadScenario(id: string): Scenario;
  startPointScenario?(label: string): { scenario: unknown; problems: unknown[] };
}
const SHIPPED = import.meta.glob<ScenarioModule>("../../../assets/scenarios/index.ts");

/**
 * The rules with the objectives the server sent this connection: the client is built without
 * any (client/vite.config.ts), since a match may hide them (issue 15).
 */
function withObjectives(ctx: Ctx, objectives: readonly Objective[]): Ctx {
  if (objectives.length === 0 && ctx.scenario.objectives.length === 0) return ctx;
  return compile({ ...ctx.scenario, objectives: [...objectives] });
}

/** The scenario of a match: the small test one comes with the engine; others from assets. */
export async function bundledScenario(id: string, start: string): Promise<Ctx | undefined> {
  if (id === MINI_PUBLIC.id) return compile(MINI_PUBLIC);
  const load = Object.values(SHIPPED)[0];
  if (!load) return undefined;
  const mod = await load();
  const base = mod.loadScenario(id);
  if (base.start === start) return compile(base);
  const later = mod.startPointScenario?.(start);
  const parsed = later && ScenarioSchema.safeParse(later.scenario);
  return parsed?.success && parsed.data.id === id ? compile(parsed.data) : undefined;
}

/**
 * In a class, the roles of the person at this screen (head of government, foreign minister…):
 * the engine's legal actions are narrowed to those their roles allow (`roleMayAct`), so the
 * panels do not offer what the server would refuse with ERR_NOT_YOUR_ROLE. One page is one
 * person: the student page sets them; undefined everywhere else.
 */
let actingRoles: readonly Role[] | undefined;

export function setActingRoles(roles: readonly Role[] | undefined): void {
  actingRoles = roles;
}

/**
 * Whether the person at this screen may propose or counter a treaty: the engine does not list
 * proposals among legal actions (drafts are endless), so the treaty editor asks this instead.
 */
export const actingMayPropose = (): boolean => !actingRoles || roleMayPropose(actingRoles);

/** Whether this screen is a student's in a class (the match's host is then its teacher). */
export const inClass = (): boolean => actingRoles !== undefined;

export function legalFor(view: GameView, seat: PowerId, ctx: Ctx): Action[] {
  const legal = legalActions(view, seat, ctx);
  const roles = actingRoles;
  return roles ? legal.filter((a) => roleMayAct(view, seat, roles, a)) : legal;
}

/** A match's rules: the bundled scenario, else the server's copy; undefined if neither loads. */
async function matchRules(base: string, scenario: string, start: string): Promise<Ctx | undefined> {
  const bundled = await bundledScenario(scenario, start).catch(() => undefined);
  if (bundled) return bundled;
  try {
    return compileScenario(await fetchScenario(base, scenario, start));
  } catch (e) {
    console.warn(`no rules for scenario ${scenario}@${start}: legal previews are off`, e);
    return undefined;
  }
}

/** A match's rules as shipped (no objectives: they come with the seat), loaded once per start. */
export class MatchRules {
  private key: string | undefined;
  private base: Ctx | undefined;

  /** Load the scenario's rules; false when they were loaded already or could not be. */
  async load(server: string, scenario: string, start: string): Promise<boolean> {
    const key = `${scenario}@${start}`;
    if (this.key === key) return false;
    this.key = key;
    const ctx = await matchRules(server, scenario, start);
    if (ctx) this.base = ctx;
    return ctx !== undefined;
  }

  /** The rules with these objectives, once loaded. */
  with(objectives: readonly Objective[]): Ctx | undefined {
    return this.base ? withObjectives(this.base, objectives) : undefined;
  }
}
