import { describe, expect, it } from "vitest";
import { PersonalitySchema } from "../scenario/schema.ts";
import { MINI_INPUT } from "../testing/mini.ts";
import { advanceTo, miniWith, startMatch } from "../testing/drive.ts";
import { chooseMoves } from "./chooseActions.ts";

/**
 * A flagrant breach of demilitarisation as bots meet it: the Rhineland, 7 March 1936. France
 * would not call on its Locarno guarantors without the general mobilisation Sarraut's
 * cabinet refused on 8–9 March, and took the breach to the Council instead (S. Schuker,
 * French Historical Studies 14, 1986; the Council's finding of 19 March 1936).
 */
const SCENARIO = miniWith({
  treaties: (MINI_INPUT.treaties ?? []).map((t) =>
    t.id !== "locarno"
      ? t
      : {
          ...t,
          clauses: t.clauses.map((c) =>
            c.kind === "guarantee" ? { ...c, against: "DEU", flagrantBreach: true } : c,
          ),
        },
  ),
  events: [
    {
      id: "rhineland",
      window: { from: "1935-I", to: "1935-I" },
      historicalTurn: "1935-I",
      effects: [{ remilitarise: { power: "DEU", regions: ["rhineland"] } }],
      note: { date: "1936-03-07", source: "the remilitarisation of the Rhineland" },
    },
  ],
});

const bold = PersonalitySchema.parse({ aims: ["security"], risk: 0.9 });

function franceAnswers(mobilisation: number): string | undefined {
  const m = startMatch(SCENARIO);
  advanceTo(m, "resolution");
  m.state.powers["FRA"] = { ...m.state.powers["FRA"]!, mobilisation };
  const x = Object.values(m.state.decisions).find((d) => d.power === "FRA" && d.kind === "victim");
  expect(x?.options).toEqual(["invoke", "acquiesce"]);
  const move = chooseMoves(m.state, "FRA", m.ctx, { strength: "adaptive", personality: bold }).find(
    (mv) => mv.action.type === "decide" && mv.action.decision === x?.id,
  );
  return move?.action.type === "decide" ? move.action.choice : undefined;
}

describe("the victim of a flagrant breach, as a bot", () => {
  it.each([
    ["unmobilised, it takes the breach to the League (France, March 1936)", 0, "acquiesce"],
    [
      "mobilised, it calls on its guarantors (the counterfactual of a French mobilisation)",
      50,
      "invoke",
    ],
  ])("%s", (_why, mobilisation, choice) => {
    expect(franceAnswers(mobilisation)).toBe(choice);
  });
});
