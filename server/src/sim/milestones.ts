import { holds, type Condition, type Ctx, type GameState } from "@cs/shared";

/**
 * The main milestones of the history test (issue 6): each a condition over the state and the
 * turn it happened in history. A game reproduces a milestone when the condition first holds
 * at the end of that turn.
 */
export interface Milestone {
  readonly id: string;
  readonly turn: string;
  readonly label: string;
  readonly when: Condition;
}

const PACT: Condition = {
  treatyInForce: { parties: ["DEU", "SUN"], clause: "spheres", secret: true },
};

export const MILESTONES_1933: readonly Milestone[] = [
  {
    id: "ethiopia",
    turn: "1936-I",
    label: "Ethiopia conquered",
    when: { owns: { power: "ITA", region: "east-africa" } },
  },
  {
    id: "rhineland",
    turn: "1936-I",
    label: "Rhineland remilitarised",
    when: { not: { demilitarised: "rhineland" } },
  },
  {
    id: "anschluss",
    turn: "1938-I",
    label: "Anschluss",
    when: { owns: { power: "DEU", region: "austria" } },
  },
  {
    id: "sudetenland",
    turn: "1938-II",
    label: "Sudetenland German after a conference",
    when: {
      all: [
        { owns: { power: "DEU", region: "sudetenland" } },
        { choiceMade: { event: "munich", power: "GBR", choice: "conference" } },
      ],
    },
  },
  {
    id: "bohemia",
    turn: "1939-I",
    label: "Bohemia-Moravia occupied",
    when: { controls: { power: "DEU", region: "bohemia-moravia" } },
  },
  {
    id: "pact",
    turn: "1939-II",
    label: "German–Soviet pact with a secret protocol",
    when: PACT,
  },
  {
    id: "war",
    turn: "1939-II",
    label: "War Germany–Poland, Britain and France in, USSR not at war with Germany",
    when: {
      all: [
        { atWar: ["DEU", "POL"] },
        { atWar: ["DEU", "GBR"] },
        { atWar: ["DEU", "FRA"] },
        { not: { atWar: ["DEU", "SUN"] } },
      ],
    },
  },
];

/** Milestones that make sense for this scenario (their regions and powers exist). */
export function milestonesFor(ctx: Ctx): readonly Milestone[] {
  if (ctx.scenario.id !== "europe-1933") return [];
  return MILESTONES_1933.filter((m) => {
    const text = JSON.stringify(m.when);
    const regions = [...text.matchAll(/"(?:region|demilitarised)":"([a-z0-9-]+)"/g)].map(
      (x) => x[1],
    );
    return regions.every((r) => r !== undefined && ctx.regions.has(r));
  });
}

/** Record, for every milestone not yet seen, whether it holds now. */
export function observeMilestones(
  state: GameState,
  ctx: Ctx,
  list: readonly Milestone[],
  seen: Record<string, number | null>,
): void {
  for (const m of list) {
    if (seen[m.id] !== null && seen[m.id] !== undefined) continue;
    seen[m.id] = holds(state, ctx, m.when) ? state.turn : null;
  }
}
