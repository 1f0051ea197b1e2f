import { refuse, type RuleError } from "../core/result.ts";
import type { Ctx } from "../engine/context.ts";
import type { Draft } from "../engine/draft.ts";
import type { Handler } from "../engine/handler.ts";
import type { Actor, PowerId, Treaty } from "../model/state.ts";
import type { TreatyDraft } from "./clauses.ts";
import { addTreaty } from "./create.ts";
import { hasSecretClauses, knownTreaty, noSuchTreaty } from "./query.ts";
import { signatureWarnings, validateDraft } from "./validate.ts";
import type { Known } from "../knowledge/known.ts";

/** Treaties are drafted, proposed and signed while the powers talk: News and Diplomacy. */
function talking(state: Known): RuleError | undefined {
  return state.phase === "news" || state.phase === "diplomacy"
    ? undefined
    : refuse("ERR_WRONG_PHASE", "Treaties are negotiated in the Diplomacy phase.");
}

/** A proposal the actor takes part in, still open for answers. */
function openProposal(state: Known, by: Actor, id: string): RuleError | Treaty {
  const t = knownTreaty(state, by, id);
  if (!t) return noSuchTreaty();
  if (by === "system" || !t.parties.includes(by)) {
    return refuse("ERR_NOT_A_PARTY", "You are not a party to that treaty.");
  }
  if (t.status !== "proposed") {
    return refuse("ERR_ALREADY_DONE", "That proposal is no longer open.");
  }
  return t;
}

const isError = (x: RuleError | Treaty): x is RuleError => "code" in x;

function checkProposal(
  state: Known,
  by: Actor,
  draft: TreatyDraft,
  ctx: Ctx,
): RuleError | undefined {
  if (by === "system") return refuse("ERR_NOT_ALLOWED", "Only a power proposes treaties.");
  const cost = ctx.scenario.rules.orderCosts.propose;
  if ((state.powers[by]?.ap ?? 0) < cost) {
    return refuse("ERR_NOT_ENOUGH_AP", `A proposal costs ${cost} action points.`);
  }
  return talking(state) ?? validateDraft(state, by, draft, ctx);
}

function createProposal(
  d: Draft,
  by: PowerId,
  draft: TreatyDraft,
  ctx: Ctx,
  extra: { counters?: string; channel?: string | undefined },
): Treaty {
  const cost = ctx.scenario.rules.orderCosts.propose;
  if (cost > 0) d.power(by).ap -= cost;
  return addTreaty(d, {
    name: draft.name,
    parties: draft.parties,
    clauses: draft.clauses,
    duration: draft.duration,
    entry: draft.entry,
    ends: draft.ends,
    proposer: by,
    status: "proposed",
    counters: extra.counters,
    channel: extra.channel,
  });
}

/**
 * The engine warns at signature (game.md): each contradiction the signer can see with a
 * treaty in force, privately to the signer.
 */
function warnSigner(d: Draft, t: Treaty, by: PowerId, ctx: Ctx): void {
  for (const w of signatureWarnings(d.s, by, t.id, ctx)) {
    const params: Record<string, string | number> = {
      treaty: t.id,
      code: w.code,
      clause: w.clause,
    };
    if (w.treaty !== undefined) params.with = w.treaty;
    d.news("news.treatyWarning", params, [by]);
  }
}

/** Everyone concerned by a proposal learns of it privately; a signature is public. */
function announce(d: Draft, t: Treaty, key: string, by: PowerId): void {
  if (t.status === "signed") {
    d.news("news.treatySigned", { treaty: t.id, name: t.name });
  } else {
    d.news(key, { treaty: t.id, name: t.name, by }, [...t.parties]);
  }
}

export const propose: Handler<"propose"> = {
  check: (state, by, action, ctx) => checkProposal(state, by, action.draft, ctx),
  run(d, by, action, ctx) {
    const t = createProposal(d, by, action.draft, ctx, { channel: action.channel });
    announce(d, t, "news.treatyProposed", by);
    warnSigner(d, t, by, ctx);
  },
};

/** A party answers a proposal with another; the first is superseded. */
export const counter: Handler<"counter"> = {
  check(state, by, action, ctx) {
    const t = openProposal(state, by, action.treaty);
    if (isError(t)) return t;
    return checkProposal(state, by, action.draft, ctx);
  },
  run(d, by, action, ctx) {
    const old = d.treaty(action.treaty);
    old.status = "superseded";
    const t = createProposal(d, by, action.draft, ctx, {
      counters: old.id,
      channel: old.channel,
    });
    const left = old.parties.filter((p) => !t.parties.includes(p));
    if (left.length > 0) d.news("news.treatyCountered", { treaty: old.id, by }, left);
    announce(d, t, "news.treatyCountered", by);
    warnSigner(d, t, by, ctx);
  },
};

export const sign: Handler<"sign"> = {
  check(state, by, action) {
    const t = openProposal(state, by, action.treaty);
    if (isError(t)) return t;
    if (t.signatures.includes(by)) {
      return refuse("ERR_ALREADY_DONE", "You have already signed it.");
    }
    if (t.parties.some((p) => !state.powers[p]?.alive)) {
      return refuse("ERR_INVALID_TREATY", "A party to that treaty no longer exists.");
    }
    return talking(state);
  },
  run(d, by, action, ctx) {
    const t = d.treaty(action.treaty);
    warnSigner(d, t, by, ctx);
    t.signatures.push(by);
    if (t.parties.every((p) => t.signatures.includes(p))) {
      t.status = "signed";
      t.signedTurn = d.s.turn;
    }
    announce(d, t, "news.treatySignature", by);
  },
};

export const reject: Handler<"reject"> = {
  check(state, by, action) {
    const t = openProposal(state, by, action.treaty);
    if (isError(t)) return t;
    if (t.proposer === by) return refuse("ERR_NOT_ALLOWED", "Withdraw your own proposal instead.");
    return talking(state);
  },
  run(d, by, action) {
    const t = d.treaty(action.treaty);
    t.status = "rejected";
    d.news("news.treatyRejected", { treaty: t.id, name: t.name, by }, [...t.parties]);
  },
};

export const withdraw: Handler<"withdraw"> = {
  check(state, by, action) {
    const t = openProposal(state, by, action.treaty);
    if (isError(t)) return t;
    if (t.proposer !== by) return refuse("ERR_NOT_ALLOWED", "Only its proposer can withdraw it.");
    return talking(state);
  },
  run(d, by, action) {
    const t = d.treaty(action.treaty);
    t.status = "withdrawn";
    d.news("news.treatyWithdrawn", { treaty: t.id, name: t.name, by }, [...t.parties]);
  },
};

const CONCLUDED = new Set(["signed", "inForce", "expired", "denounced", "violated"]);

/** A signatory publishes the treaty's secret clauses (any phase). */
export const reveal: Handler<"reveal"> = {
  check(state, by, action) {
    const t = knownTreaty(state, by, action.treaty);
    if (!t) return noSuchTreaty();
    if (by === "system" || !t.parties.includes(by)) {
      return refuse("ERR_NOT_A_PARTY", "Only a signatory can reveal a treaty's secret clauses.");
    }
    if (!CONCLUDED.has(t.status)) {
      return refuse("ERR_NOT_ALLOWED", "Only a signed treaty's clauses can be revealed.");
    }
    if (t.public || !hasSecretClauses(t)) {
      return refuse("ERR_ALREADY_DONE", "That treaty has no secret clauses left to reveal.");
    }
    return undefined;
  },
  run(d, by, action) {
    const t = d.treaty(action.treaty);
    t.public = true;
    d.news("news.treatyRevealed", { treaty: t.id, name: t.name, by });
  },
};
