import type { PowerId } from "../model/state.ts";
import type { WarForecast } from "../war/forecast.ts";

/**
 * How the war would likely have gone, as lines for the final report (issue 10): stable keys
 * with their facts (power ids as comma-separated lists, numbers), translated by the client
 * like the news (ui.json, `forecast.*`). Built from the war rules' forecast alone.
 */
export interface WarLine {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export function warStory(f: WarForecast): WarLine[] {
  const list = (ps: readonly PowerId[]) => ps.join(",");
  const months = f.halfYears * 6;
  const lines: WarLine[] = [
    { key: "forecast.sides", params: { side: list(f.sides[0]), against: list(f.sides[1]) } },
  ];
  if (f.winner === undefined) {
    lines.push({ key: "forecast.undecided", params: { months } });
  } else {
    const w = f.sides[f.winner];
    const l = f.sides[f.winner === 0 ? 1 : 0];
    lines.push({ key: "forecast.winner", params: { side: list(w), loser: list(l), months } });
  }
  if (f.invaded.length > 0) {
    lines.push({ key: "forecast.invaded", params: { power: list(f.invaded) } });
  }
  for (const r of f.reasons) {
    lines.push({
      key: `forecast.reason.${r.code}`,
      params: r.power === undefined ? {} : { power: r.power },
    });
  }
  return lines;
}
