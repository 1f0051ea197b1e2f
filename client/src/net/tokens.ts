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
