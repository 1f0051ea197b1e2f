import { clonePlain } from "../core/clone.ts";
import { makeId } from "../core/ids.ts";
import { nextFloat } from "../core/rng.ts";
import type { GameState, NewsItem, PowerId } from "../model/state.ts";

/** The state's keyed collections, and the type of one entry of each. */
interface Entries {
  powers: GameState["powers"][string];
  regions: GameState["regions"][string];
  treaties: GameState["treaties"][string];
  motions: GameState["motions"][string];
  sanctions: GameState["sanctions"][string];
  wars: GameState["wars"][string];
  aggressions: GameState["aggressions"][string];
  obligations: GameState["obligations"][string];
  decisions: GameState["decisions"][string];
  demands: GameState["demands"][string];
  conferences: GameState["conferences"][string];
}
type Records = keyof Entries;
type EntryOf<K extends Records> = Entries[K];

/**
 * Copy-on-write access to a state while one action is applied. The first touch of an entry
 * (a power, a region, a treaty, ...) copies it, so the input state is never changed and
 * untouched parts are shared. In `inPlace` mode (the headless simulator, which keeps no
 * history) nothing is copied.
 */
export class Draft {
  readonly s: GameState;
  private readonly inPlace: boolean;
  private readonly copied = new Set<string>();
  /** Tension moved since the last news item: the next item carries it as its cause. */
  private pendingTension = 0;
  /** Index in `s.news` of the last item this draft emitted (−1: none yet). */
  private lastNews = -1;

  constructor(base: GameState, inPlace = false) {
    this.inPlace = inPlace;
    this.s = inPlace ? base : { ...base };
  }

  /** A record of the state (powers, regions, treaties, ...), ready for adding entries. */
  record<K extends Records>(key: K): Record<string, EntryOf<K>> {
    const state = this.s as unknown as Record<Records, Record<string, EntryOf<K>>>;
    if (!this.inPlace && !this.copied.has(key)) {
      this.copied.add(key);
      state[key] = { ...state[key] };
    }
    return state[key];
  }

  /** One entry, writable. Throws only on a programming error (callers check ids first). */
  entry<K extends Records>(key: K, id: string): EntryOf<K> {
    const rec = this.record(key);
    const current = rec[id];
    if (current === undefined) throw new Error(`no ${String(key)} entry ${id}`);
    const tag = `${key}:${id}`;
    if (this.inPlace || this.copied.has(tag)) return current;
    this.copied.add(tag);
    const copy = clonePlain(current);
    rec[id] = copy;
    return copy;
  }

  power(id: PowerId) {
    return this.entry("powers", id);
  }

  region(id: string) {
    return this.entry("regions", id);
  }

  treaty(id: string) {
    return this.entry("treaties", id);
  }

  /**
   * A fresh id for a new entry: stable across replays because the counter is state, and
   * revealing no count because it is permuted under the match's secret seed (core/ids.ts).
   */
  newId(prefix: string): string {
    this.s.nextId += 1;
    return makeId(this.s.settings.seed, prefix, this.s.nextId);
  }

  /** A float in [0,1) from the seeded generator kept in the state. */
  random(): number {
    const [value, next] = nextFloat(this.s.rng);
    this.s.rng = next;
    return value;
  }

  news(key: string, params: NewsItem["params"] = {}, to?: PowerId[]): void {
    const item: NewsItem = to
      ? { turn: this.s.turn, key, params, to }
      : { turn: this.s.turn, key, params };
    if (this.pendingTension !== 0) {
      item.tension = this.pendingTension;
      this.pendingTension = 0;
    }
    this.lastNews = this.newsArray().push(item) - 1;
  }

  flags(): string[] {
    if (!this.inPlace && !this.copied.has("flags")) {
      this.copied.add("flags");
      this.s.flags = [...this.s.flags];
    }
    return this.s.flags;
  }

  /**
   * Move world tension. The change (after clamping) is recorded as the cause carried by a news
   * item — the next one emitted, or with `onLast` the one this draft emitted just before (a
   * motion's vote, a refused demand) — so that the turn's report can say why tension moved.
   */
  tension(delta: number, onLast = false): void {
    const before = this.s.tension;
    this.s.tension = Math.max(0, Math.min(100, before + delta));
    const moved = this.s.tension - before;
    if (moved === 0) return;
    const last = onLast && this.lastNews >= 0 ? this.s.news[this.lastNews] : undefined;
    if (last) this.newsArray()[this.lastNews] = { ...last, tension: (last.tension ?? 0) + moved };
    else this.pendingTension += moved;
  }

  /** Tension moved that no news item carries yet. */
  get unreportedTension(): number {
    return this.pendingTension;
  }

  /**
   * A tension change no news item has carried yet goes on the last item this draft emitted, or
   * on a public note of its own (the engine calls this once an action is applied).
   */
  settleTension(): void {
    if (this.pendingTension === 0) return;
    const moved = this.pendingTension;
    const last = this.lastNews >= 0 ? this.s.news[this.lastNews] : undefined;
    if (last) {
      this.pendingTension = 0;
      this.newsArray()[this.lastNews] = { ...last, tension: (last.tension ?? 0) + moved };
    } else this.news("news.tensionMoved");
  }

  /** The news array, writable (copied on first write). */
  private newsArray(): NewsItem[] {
    if (!this.inPlace && !this.copied.has("news")) {
      this.copied.add("news");
      this.s.news = [...this.s.news];
    }
    return this.s.news;
  }
}
