import type { Clause } from "../treaties/clauses.ts";
import type { Figure } from "../scenario/conditions.ts";
import type { GameState, NewsItem, PowerId, PowerState, Treaty } from "../model/state.ts";
import { treatyVisible } from "../treaties/query.ts";
import { aidKnown } from "../war/aid-flags.ts";
import { sectionOf, type Section, type ViewMemo } from "./memo.ts";
import type { GameView, PowerView, Viewer } from "./view.ts";

export type { GameView, PowerView, Viewer } from "./view.ts";

const ESTIMATED = [
  "army",
  "air",
  "navy",
  "mobilisation",
  "industry",
  "stability",
  "warSupport",
] as const satisfies readonly Figure[];

/**
 * What a seat, a spectator or the teacher may see. The one place where secrecy is decided:
 * other powers' pending orders and action points, secret clauses of treaties the viewer is not
 * party to (unless revealed), proposals between others, others' open decisions and uncounted
 * votes, private news, exact military figures, the random generator's state, the id
 * counter and the action counter.
 */
export function viewFor(
  state: GameState,
  viewer: Viewer,
  memo?: ViewMemo,
  options?: { readonly news?: boolean },
): GameView {
  // Once the match is over its secrets are history: every seat sees the whole record (final
  // scores, protocols, orders) for the report and the debrief. The dice stay hidden.
  const all = viewer === "teacher" || state.phase === "ended";
  const me = viewer === "spectator" || viewer === "teacher" ? undefined : viewer;
  // The id counter and the action counter would count others' secret proposals and orders
  // (issue 15): no view carries them (a view's version is of the view alone, server-side).
  const { rng: _rng, nextId: _nextId, stateId: _stateId, settings, powers, ...rest } = state;
  const { seed: _seed, ...publicSettings } = settings;
  const intelFresh = (target: PowerId) => {
    const seen = me ? state.powers[me]?.intel[target] : undefined;
    return seen !== undefined && seen >= state.turn - 1;
  };
  // Each section is built again only when what it is made of changed (the server's memo
  // keeps this viewer's last ones): an action touches a few records, and a section left
  // alone is then the same object as in the last view, which the diff and the digest pass at
  // once — and the garbage collector copies one view's worth less per match and action.
  const lasting = memo?.lasting;
  const keep = <T>(name: Section, from: readonly unknown[], build: () => T): T =>
    lasting ? sectionOf(lasting, viewer, name, [all, ...from], build) : build();
  const powerViews = keep("powers", [powers, state.flags, state.turn], () => {
    const out: Record<PowerId, PowerView> = {};
    for (const id in powers) {
      const p = powers[id];
      if (!p) continue;
      out[id] =
        all || id === me ? ownKept(p, memo) : seenFromOutside(state, p, intelFresh(id), memo);
    }
    return out;
  });
  const treaties = keep("treaties", [state.treaties], () => {
    const out: Record<string, Treaty> = {};
    for (const id in state.treaties) {
      const t = state.treaties[id];
      const seen = !t ? undefined : all ? t : treatyView(t, me, memo);
      if (seen) out[id] = seen;
    }
    return out;
  });
  // Secrecy covers a treaty's existence: news of a treaty the viewer cannot see (every clause
  // secret) — its signature, ratifications, entry into force, notice, expiry — is withheld.
  const hidden = (n: NewsItem) => {
    const id = n.params.treaty;
    return typeof id === "string" && state.treaties[id] !== undefined && !treaties[id];
  };
  const news =
    options?.news === false
      ? []
      : all
        ? state.news
        : keep("news", [state.news, state.treaties], () =>
            state.news.filter(
              (n) => (!n.to || (me !== undefined && n.to.includes(me))) && !hidden(n),
            ),
          );
  // Loops over the keys rather than Object.values: bots build views often, and these
  // records keep every past decision and obligation.
  const decisions = keep("decisions", [state.decisions], () => {
    const out: GameView["decisions"] = {};
    for (const id in state.decisions) {
      const x = state.decisions[id];
      if (x && (all || x.power === me)) out[x.id] = x;
    }
    return out;
  });
  const motions = keep("motions", [state.motions], () => {
    const out: GameView["motions"] = {};
    for (const id in state.motions) {
      const m = state.motions[id];
      if (!m) continue;
      const hide = !all && m.status === "tabled";
      out[m.id] = hide ? { ...m, votes: pick(m.votes, me) } : m;
    }
    return out;
  });
  const obligations = keep("obligations", [state.obligations, state.treaties], () => {
    const out: GameView["obligations"] = {};
    for (const id in state.obligations) {
      const o = state.obligations[id];
      // An obligation under a secret clause would betray the clause.
      if (o && (all || clauseVisible(state.treaties[o.treaty], o.clause, me))) out[o.id] = o;
    }
    return out;
  });
  const demands = keep("demands", [state.demands], () => {
    const out: GameView["demands"] = {};
    for (const id in state.demands) {
      const dm = state.demands[id];
      if (dm && (all || dm.status !== "open" || dm.ultimatum || dm.from === me || dm.to === me))
        out[dm.id] = dm;
    }
    return out;
  });
  return {
    ...rest,
    viewer,
    settings: publicSettings,
    powers: powerViews,
    treaties,
    decisions,
    motions,
    obligations,
    demands,
    news,
  };
}

/**
 * A power's record without its intelligence work, field by field: object rest (`{ intel,
 * ...rest }`) is several times slower in V8, and bots build a view a few dozen times a game.
 * The type lists every field, so a new one cannot be forgotten (nor leak: only what is named
 * here is copied).
 */
function ownView(p: PowerState): PowerView {
  return {
    id: p.id,
    ap: p.ap,
    production: p.production,
    league: p.league,
    alive: p.alive,
    ready: p.ready,
    orders: p.orders,
    embargoes: p.embargoes,
    recognises: p.recognises,
    aid: p.aid,
    honoured: p.honoured,
    breaches: p.breaches,
    army: p.army,
    air: p.air,
    navy: p.navy,
    mobilisation: p.mobilisation,
    industry: p.industry,
    stability: p.stability,
    warSupport: p.warSupport,
    credibility: p.credibility,
    estimated: false,
  };
}

/** A power's own record, kept while the record is the same object (with a lasting memo). */
function ownKept(p: PowerState, memo: ViewMemo | undefined): PowerView {
  const own = memo?.lasting?.own;
  const kept = own?.get(p.id);
  if (kept?.p === p) return kept.view;
  const view = ownView(p);
  own?.set(p.id, { p, view });
  return view;
}

function aidsNobody(p: PowerState): boolean {
  for (const _ in p.aid) return false;
  return true;
}

function seenFromOutside(
  state: GameState,
  p: PowerState,
  fresh: boolean,
  memo: ViewMemo | undefined,
): PowerView {
  if (!memo) return otherView(state, p, fresh);
  // The bots' memo: their states may change in place (the simulator), so nothing is kept by
  // identity alone.
  if (!memo.lasting) return lastOrNew(state, p, fresh);
  const key = fresh ? `${p.id}+` : p.id;
  let v = memo.powers.get(key);
  if (v) return v;
  const kept = memo.lasting.powers.get(key);
  if (kept?.p === p && (kept.flags === state.flags || aidsNobody(p))) v = kept.view;
  else {
    v = otherView(state, p, fresh);
    memo.lasting.powers.set(key, { p, flags: state.flags, view: v });
  }
  memo.powers.set(key, v);
  return v;
}

/**
 * The last outside view built of each power's record, by quality of intelligence, for the
 * callers whose memo keeps nothing across states (the bots): a power's figures change a few
 * times a turn while bots look at it many times, so a view that would come out the same is
 * handed out again, and so is its belief (deterrence/belief.ts). Views are never written to.
 */
const lastViews = new WeakMap<PowerState, { fresh?: PowerView; poor?: PowerView }>();

function lastOrNew(state: GameState, p: PowerState, fresh: boolean): PowerView {
  let last = lastViews.get(p);
  if (!last) lastViews.set(p, (last = {}));
  const prev = fresh ? last.fresh : last.poor;
  if (prev && seenAlike(state, prev, p, fresh ? 2 : 10)) return prev;
  const v = otherView(state, p, fresh);
  if (fresh) last.fresh = v;
  else last.poor = v;
  return v;
}

/**
 * Whether an outside view of a power is what `otherView` would build of it now: every field
 * copied from the record (estimated or exact) the same, and the same aid known. The constant
 * fields (no orders, no action points or production) need no look. Field by field: a loop
 * over the keys cost as much as building the view.
 */
function seenAlike(state: GameState, v: PowerView, p: PowerState, step: number) {
  return (
    v.id === p.id &&
    v.league === p.league &&
    v.alive === p.alive &&
    v.ready === p.ready &&
    v.embargoes === p.embargoes &&
    v.recognises === p.recognises &&
    v.honoured === p.honoured &&
    v.breaches === p.breaches &&
    v.credibility === p.credibility &&
    v.army === estimate(p.army, step) &&
    v.air === estimate(p.air, step) &&
    v.navy === estimate(p.navy, step) &&
    v.mobilisation === estimate(p.mobilisation, step) &&
    v.industry === estimate(p.industry, step) &&
    v.stability === estimate(p.stability, step) &&
    v.warSupport === estimate(p.warSupport, step) &&
    sameAid(v.aid, state, p)
  );
}

/** The fields `seenAlike` compares, with the constant ones: a new field fails to compile here. */
type Compared =
  | "id"
  | "league"
  | "alive"
  | "ready"
  | "embargoes"
  | "recognises"
  | "honoured"
  | "breaches"
  | "credibility"
  | (typeof ESTIMATED)[number]
  | "aid"
  | "ap"
  | "production"
  | "orders"
  | "estimated";
const everyField: Exclude<keyof PowerView, Compared> extends never ? true : never = true;
void everyField;

/** Whether a view's aid is the aid now known of the power (as `otherView` finds it, without building it). */
function sameAid(seen: Readonly<Record<string, PowerId>>, state: GameState, p: PowerState) {
  let n = 0;
  for (const conflict in p.aid) {
    const side = p.aid[conflict];
    if (side === undefined || !aidKnown(state, p.id, conflict)) continue;
    if (seen[conflict] !== side) return false;
    n += 1;
  }
  for (const _ in seen) n -= 1;
  return n === 0;
}

function otherView(state: GameState, p: PowerState, fresh: boolean): PowerView {
  // Covert aid (in breach of non-intervention) is not seen until it is discovered.
  const aid: Record<string, PowerId> = {};
  for (const conflict in p.aid) {
    const side = p.aid[conflict];
    if (side !== undefined && aidKnown(state, p.id, conflict)) aid[conflict] = side;
  }
  const step = fresh ? 2 : 10;
  const v: PowerView = {
    id: p.id,
    ap: null,
    production: null,
    league: p.league,
    alive: p.alive,
    ready: p.ready,
    orders: [],
    embargoes: p.embargoes,
    recognises: p.recognises,
    aid,
    honoured: p.honoured,
    breaches: p.breaches,
    army: p.army,
    air: p.air,
    navy: p.navy,
    mobilisation: p.mobilisation,
    industry: p.industry,
    stability: p.stability,
    warSupport: p.warSupport,
    credibility: p.credibility,
    estimated: true,
  };
  for (const f of ESTIMATED) v[f] = estimate(p[f], step);
  return v;
}

/** Rounded to a step: good intelligence narrows the step. */
function estimate(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function pick<T>(rec: Record<string, T>, key: string | undefined): Record<string, T> {
  return key !== undefined && rec[key] !== undefined ? { [key]: rec[key] } : {};
}

/** Parties see the secret articles — except one that acceded to the public part only. */
function canSeeSecrets(t: Treaty, me: PowerId | undefined): boolean {
  if (t.public) return true;
  if (me === undefined) return false;
  if (t.revealedTo.includes(me)) return true;
  return t.parties.includes(me) && t.acceded?.[me] !== "public";
}

function clauseVisible(t: Treaty | undefined, index: number, me: PowerId | undefined): boolean {
  const c = t?.clauses[index];
  return !!t && !!c && (!c.secret || canSeeSecrets(t, me));
}

/** A treaty as a viewer sees it: proposals only among their parties, secret clauses cut. */
function treatyView(t: Treaty, me: PowerId | undefined, memo?: ViewMemo): Treaty | undefined {
  if (!treatyVisible(t, me)) return undefined;
  if (canSeeSecrets(t, me)) return t;
  // What is left is the same for every outsider: cut once per state's content.
  if (memo?.cut.has(t.id)) return memo.cut.get(t.id);
  const kept = memo?.lasting?.cut.get(t.id);
  const seen = kept?.t === t ? kept.seen : cutSecrets(t);
  memo?.cut.set(t.id, seen);
  if (kept?.t !== t) memo?.lasting?.cut.set(t.id, { t, seen });
  return seen;
}

function cutSecrets(t: Treaty): Treaty | undefined {
  const clauses: Clause[] = [];
  const clauseNumbers: number[] = [];
  t.clauses.forEach((c, i) => {
    if (c.secret) return;
    clauses.push(c);
    clauseNumbers.push(i);
  });
  if (clauses.length === 0) return undefined;
  // Obligations and warnings name clauses by their index in the full treaty.
  return { ...t, clauses, clauseNumbers };
}
