import {
  effectiveRoles,
  roleMayAct,
  type Action,
  type ClassInfo,
  type ClassSettings,
  type ClassStudent,
  type GameState,
  type Memo,
  type Role,
} from "@cs/shared";
import type { ClassStore, RollbackRow, StudentRow } from "../storage/classStore.ts";
import { hashToken, newToken, sameHash } from "../tokens.ts";

export type ClassRecord = ClassSettings & { askMemos: boolean };

/**
 * A class's roster and archive beside its match: students (name, hashed token, power, roles,
 * preferences, briefing read), memos and rollbacks. Every change is stored before it is
 * shown; rules on roles are asked of @cs/shared.
 */
export class ClassSession {
  readonly matchId: string;
  settings: ClassRecord;
  private readonly store: ClassStore;
  readonly students = new Map<string, StudentRow>();
  memos: Memo[] = [];
  rollbacks: RollbackRow[] = [];
  /** Orders each student gave (counted as they pass the roles' check, since the server started). */
  readonly ordersGiven = new Map<string, number>();
  /** Powers the teacher handed to a bot although students hold them. */
  readonly botPowers = new Set<string>();
  private readonly online = new Map<string, Set<string>>();
  private nextId = 1;

  private constructor(matchId: string, settings: ClassRecord, store: ClassStore) {
    this.matchId = matchId;
    this.settings = settings;
    this.store = store;
  }

  static async create(store: ClassStore, matchId: string, s: ClassSettings): Promise<ClassSession> {
    const settings = { ...s, askMemos: s.memos };
    await store.putClass(matchId, settings);
    return new ClassSession(matchId, settings, store);
  }

  /** The class of a match, if it is one (after a restart). */
  static async load(store: ClassStore, matchId: string): Promise<ClassSession | undefined> {
    const settings = await store.getClass(matchId);
    if (!settings) return undefined;
    const c = new ClassSession(matchId, settings, store);
    for (const s of await store.students(matchId)) c.students.set(s.id, s);
    c.nextId = c.students.size + 1;
    while (c.students.has(`s${c.nextId}`)) c.nextId++;
    c.memos = await store.memos(matchId);
    c.rollbacks = await store.rollbacks(matchId);
    return c;
  }

  async addStudent(name: string): Promise<{ row: StudentRow; token: string }> {
    const token = newToken();
    while (this.students.has(`s${this.nextId}`)) this.nextId++;
    const row: StudentRow = {
      id: `s${this.nextId++}`,
      tokenHash: hashToken(token),
      name,
      power: null,
      roles: [],
      prefs: [],
      briefingRead: false,
      joined: Date.now(),
    };
    await this.put(row);
    return { row, token };
  }

  byToken(token: string): StudentRow | undefined {
    const h = hashToken(token);
    for (const s of this.students.values()) if (sameHash(s.tokenHash, h)) return s;
    return undefined;
  }

  async put(row: StudentRow): Promise<void> {
    await this.store.putStudent(this.matchId, row);
    this.students.set(row.id, row);
  }

  async remove(id: string): Promise<void> {
    await this.store.deleteStudent(this.matchId, id);
    this.students.delete(id);
  }

  team(power: string | null): StudentRow[] {
    return power === null ? [] : [...this.students.values()].filter((s) => s.power === power);
  }

  rolesOf(id: string): Role[] {
    const s = this.students.get(id);
    return s?.power ? effectiveRoles(this.team(s.power), id) : [];
  }

  mayAct(id: string, state: GameState, action: Action): boolean {
    const s = this.students.get(id);
    return !!s?.power && roleMayAct(state, s.power, this.rolesOf(id), action);
  }

  /** The student's country is played by a bot for now: their hands are off it. */
  handedToBot(id: string): boolean {
    const power = this.students.get(id)?.power;
    return !!power && this.botPowers.has(power);
  }

  async setAskMemos(ask: boolean): Promise<void> {
    this.settings = { ...this.settings, askMemos: ask };
    await this.store.putClass(this.matchId, this.settings);
  }

  async addMemo(m: Omit<Memo, "id">): Promise<Memo> {
    const id = await this.store.appendMemo(this.matchId, m);
    const memo = { id, ...m };
    this.memos.push(memo);
    return memo;
  }

  async recordRollback(r: RollbackRow): Promise<void> {
    await this.store.rollback(this.matchId, r);
    this.rollbacks.push(r);
  }

  connect(id: string, session: string): void {
    const set = this.online.get(id) ?? new Set<string>();
    set.add(session);
    this.online.set(id, set);
  }

  disconnect(id: string, session: string): void {
    this.online.get(id)?.delete(session);
  }

  private student(s: StudentRow): ClassStudent {
    return {
      id: s.id,
      name: s.name,
      power: s.power,
      roles: [...s.roles],
      prefs: [...s.prefs],
      briefingRead: s.briefingRead,
      connected: (this.online.get(s.id)?.size ?? 0) > 0,
    };
  }

  /** The teacher's roster: everyone; a student's: themself and their own team only. */
  info(
    who:
      | { teacher: true; code: string; addresses: string[] }
      | { student: string }
      | { screen: string; addresses: string[] },
  ): ClassInfo {
    const base = {
      matchId: this.matchId,
      teacherReads: true as const,
      askMemos: this.settings.askMemos,
      teamMax: this.settings.teamMax,
    };
    if ("teacher" in who) {
      return {
        ...base,
        code: who.code,
        addresses: who.addresses,
        students: [...this.students.values()].map((s) => this.student(s)),
        rollbacks: this.rollbacks.map((r) => ({ at: r.at, turn: r.turn, undone: r.undone.length })),
        botPowers: [...this.botPowers],
      };
    }
    if ("screen" in who)
      return { ...base, code: who.screen, addresses: who.addresses, students: [] };
    const me = this.students.get(who.student);
    const team = me?.power ? this.team(me.power) : me ? [me] : [];
    return {
      ...base,
      students: team.map((s) => this.student(s)),
      you: who.student,
      handedToBot: this.handedToBot(who.student),
      teamMemos: me?.power ? this.memos.filter((m) => m.power === me.power) : [],
      yourRoles: me?.power && !this.handedToBot(who.student) ? this.rolesOf(who.student) : [],
    };
  }
}
