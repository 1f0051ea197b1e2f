import type { Draft } from "../engine/draft.ts";
import type { PowerId, Treaty, TreatyStatus } from "../model/state.ts";
import type { Clause } from "./clauses.ts";

export interface NewTreaty {
  readonly name: string;
  readonly parties: PowerId[];
  readonly clauses: Clause[];
  readonly duration?: number | undefined;
  readonly entry?: Treaty["entry"];
  readonly ends?: Treaty["ends"];
  readonly key?: string | undefined;
  readonly proposer: PowerId | "system";
  readonly status: TreatyStatus;
  readonly counters?: string | undefined;
  readonly channel?: string | undefined;
}

/**
 * Add a treaty to the state. A proposal carries its proposer's signature; a treaty created
 * in force (a unilateral guarantee, a grant of access) is signed and ratified at once.
 */
export function addTreaty(d: Draft, t: NewTreaty): Treaty {
  const id = d.newId("t");
  const turn = d.s.turn;
  const inForce = t.status === "inForce";
  const treaty: Treaty = {
    id,
    name: t.name,
    parties: [...t.parties],
    clauses: t.clauses,
    duration: t.duration,
    entry: t.entry,
    ends: t.ends,
    key: t.key,
    status: t.status,
    proposer: t.proposer,
    proposedTurn: turn,
    signatures: inForce ? [...t.parties] : t.proposer === "system" ? [] : [t.proposer],
    ratifications: inForce ? Object.fromEntries(t.parties.map((p) => [p, turn])) : {},
    signedTurn: inForce ? turn : undefined,
    inForceTurn: inForce ? turn : undefined,
    revealedTo: [],
    public: false,
    counters: t.counters,
    channel: t.channel,
  };
  if (!inForce && treaty.signatures.length === treaty.parties.length) {
    treaty.status = "signed";
    treaty.signedTurn = turn;
  }
  d.record("treaties")[id] = treaty;
  return treaty;
}
