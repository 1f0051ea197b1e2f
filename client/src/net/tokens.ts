/**
 * What the browser keeps to come back to a match after a reload: the match id, the seat
 * token (or host token) and the name. One record per browser profile; a new match replaces it.
 */
export interface Session {
  matchId: string;
  token?: string | undefined;
  hostToken?: string | undefined;
  code?: string | undefined;
  name?: string | undefined;
  /** The match is over: the home page offers its final report rather than rejoining it. */
  finished?: boolean | undefined;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = "cs.session";

export function loadSession(store: KeyValueStore): Session | undefined {
  const raw = store.getItem(KEY);
  if (!raw) return undefined;
  try {
    const s = JSON.parse(raw) as Partial<Session>;
    return typeof s.matchId === "string" && s.matchId.length > 0 ? (s as Session) : undefined;
  } catch {
    // A damaged record must not block the home screen: forget it.
    store.removeItem(KEY);
    return undefined;
  }
}

/** Merge into the stored session; a different match id starts a fresh record. */
export function saveSession(store: KeyValueStore, patch: Session): Session {
  const old = loadSession(store);
  const next = old && old.matchId === patch.matchId ? { ...old, ...patch } : { ...patch };
  store.setItem(KEY, JSON.stringify(next));
  return next;
}

/** The stored match is over (its id matches): `/` is then the home page, with its report. */
export function markFinished(store: KeyValueStore, matchId: string): void {
  const s = loadSession(store);
  if (s?.matchId === matchId && !s.finished) saveSession(store, { matchId, finished: true });
}

export function clearSession(store: KeyValueStore): void {
  store.removeItem(KEY);
}

/** The options that bring this browser back to its seat (or its host role). */
export function rejoinOptions(s: Session): { token?: string; hostToken?: string; code?: string } {
  const o: { token?: string; hostToken?: string; code?: string } = {};
  if (s.token) o.token = s.token;
  if (s.hostToken) o.hostToken = s.hostToken;
  if (s.code) o.code = s.code;
  return o;
}

/**
 * The match and tokens a connection joins again with after a drop: those it joined with and
 * those handed out since (a host token, a seat token, a student's), over what the store keeps.
 */
export class Rejoin {
  private held: { matchId: string; options: JoinTokens } | undefined;
  private readonly store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.store = store;
  }

  get matchId(): string | undefined {
    return this.held?.matchId;
  }

  get hostToken(): string | undefined {
    return this.held?.options.hostToken;
  }

  start(matchId: string, options: JoinTokens): void {
    this.held = { matchId, options };
  }

  /** A token handed out for this match (for the match joined when none is named). */
  remember(matchId: string | undefined, more: JoinTokens): void {
    const id = matchId ?? this.held?.matchId;
    if (!id) return;
    const options = this.held?.matchId === id ? this.held.options : {};
    this.held = { matchId: id, options: { ...options, ...more } };
  }

  forget(): void {
    this.held = undefined;
  }

  /** What to join this match with now. */
  options(matchId: string): JoinTokens {
    const kept = loadSession(this.store);
    const stored = kept?.matchId === matchId ? rejoinOptions(kept) : {};
    const held = this.held?.matchId === matchId ? this.held.options : {};
    return { ...stored, ...held };
  }
}

/** Join options as a page holds them (tokens, code, name, a class's flags). */
export type JoinTokens = Readonly<Record<string, unknown>> & {
  readonly token?: string | undefined;
  readonly hostToken?: string | undefined;
  readonly code?: string | undefined;
};

/** A store that forgets with the page (a page that keeps nothing across reloads). */
export function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}
