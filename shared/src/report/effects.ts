import type { Ctx } from "../engine/context.ts";
import type { PowerId, RegionId } from "../model/state.ts";
import type { Effect } from "../scenario/effects.ts";

/**
 * One thing a crisis choice, a branch or an event did, as a key and its facts: "Austria passes
 * to Germany", "tension +5", "Italy's stability −10". Flags and news effects are the engine's
 * bookkeeping and are not told.
 */
export interface EffectLine {
  key: `effect.${string}`;
  params: Record<string, string | number>;
  regions: RegionId[];
  powers: PowerId[];
}

export function describeEffects(effects: readonly Effect[], ctx: Ctx): EffectLine[] {
  const out: EffectLine[] = [];
  for (const e of effects) {
    const line = describe(e, ctx);
    if (line) out.push(line);
  }
  return out;
}

function line(
  key: EffectLine["key"],
  params: EffectLine["params"],
  regions: RegionId[] = [],
  powers: PowerId[] = [],
): EffectLine {
  return { key, params, regions, powers };
}

function describe(e: Effect, ctx: Ctx): EffectLine | undefined {
  const inPlay = (p: PowerId) => ctx.powers.has(p);
  const regions = (rs: readonly RegionId[]) => rs.filter((r) => ctx.regions.has(r));
  if ("tension" in e) return line("effect.tension", { delta: e.tension });
  if ("figure" in e) {
    const { power, figure, delta } = e.figure;
    return inPlay(power) ? line("effect.figure", { power, figure, delta }, [], [power]) : undefined;
  }
  if ("transfer" in e) {
    const rs = regions(e.transfer.regions);
    if (!rs.length || !inPlay(e.transfer.to)) return undefined;
    return line("effect.transfer", { regions: rs.join(","), to: e.transfer.to }, rs, [
      e.transfer.to,
    ]);
  }
  if ("demilitarise" in e) {
    const { region, value } = e.demilitarise;
    if (!ctx.regions.has(region)) return undefined;
    return line(value ? "effect.demilitarised" : "effect.remilitarised", { region }, [region]);
  }
  if ("fortify" in e) {
    const { region, delta } = e.fortify;
    return ctx.regions.has(region)
      ? line("effect.fortify", { region, delta }, [region])
      : undefined;
  }
  if ("joinLeague" in e)
    return inPlay(e.joinLeague)
      ? line("effect.joinLeague", { power: e.joinLeague }, [], [e.joinLeague])
      : undefined;
  if ("leaveLeague" in e)
    return inPlay(e.leaveLeague)
      ? line("effect.leaveLeague", { power: e.leaveLeague }, [], [e.leaveLeague])
      : undefined;
  if ("councilSeat" in e) {
    const { power, seat } = e.councilSeat;
    if (!inPlay(power)) return undefined;
    return line(
      seat ? "effect.councilSeat" : "effect.councilSeatLost",
      { power, seat: seat ?? "" },
      [],
      [power],
    );
  }
  if ("treaty" in e) {
    const parties = e.treaty.parties.filter(inPlay);
    return line("effect.treaty", { name: e.treaty.name, parties: parties.join(",") }, [], parties);
  }
  if ("aggression" in e) {
    const { aggressor, victim } = e.aggression;
    if (!inPlay(aggressor) || !inPlay(victim)) return undefined;
    const rs = regions(e.aggression.regions);
    return line("effect.aggression", { aggressor, victim, regions: rs.join(",") }, rs, [
      aggressor,
      victim,
    ]);
  }
  if ("civilWar" in e) {
    const { government, insurgent } = e.civilWar;
    const rs = regions(e.civilWar.regions);
    return line("effect.civilWar", { government, insurgent, regions: rs.join(",") }, rs, [
      government,
      insurgent,
    ]);
  }
  if ("endCivilWar" in e) {
    const { winner } = e.endCivilWar;
    return inPlay(winner) ? line("effect.civilWarWon", { winner }, [], [winner]) : undefined;
  }
  if ("sanctions" in e) {
    const { target, oil, lift } = e.sanctions;
    if (!inPlay(target)) return undefined;
    return line(
      lift ? "effect.sanctionsLifted" : oil ? "effect.oilEmbargo" : "effect.sanctions",
      { target },
      [],
      [target],
    );
  }
  return undefined;
}
