import os from "node:os";
import { STRENGTHS, turnIndex, type Scenario, type Strength } from "@cs/shared";

export interface CliArgs {
  games: number;
  seed: number;
  scenario?: string | undefined;
  from?: string | undefined;
  sets: string[];
  /** A named preset of switches (presets.ts), expanded before the --set entries. */
  preset?: string | undefined;
  bots: Strength;
  out: string;
  workers: number;
  compare?: string | undefined;
  branch?: string | undefined;
  at?: string | undefined;
  quiet: boolean;
}

const USAGE = `npm run sim -- --games N --seed S [--from 1938-I] [--set KEY=VALUE ...] [--preset NAME]
       [--bots historical|adaptive] [--out DIR] [--workers W] [--compare DIR]
       [--scenario europe-1933|mini] [--branch RECORD.json --at 1937-II] [--quiet]`;

/** Parse the command line; throws an Error whose message is meant for the user. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = {
    games: 1000,
    seed: 1,
    sets: [],
    bots: "historical",
    out: "sim-out",
    workers: os.availableParallelism(),
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const int = (min: number) => {
      const raw = value();
      const n = Number(raw);
      if (!Number.isInteger(n) || n < min)
        throw new Error(`${flag} wants an integer ≥ ${min}, not ${raw}`);
      return n;
    };
    switch (flag) {
      case "--games":
        out.games = int(1);
        break;
      case "--seed":
        out.seed = int(0);
        break;
      case "--workers":
        out.workers = int(1);
        break;
      case "--scenario":
        out.scenario = value();
        break;
      case "--from":
        out.from = value();
        break;
      case "--set":
        out.sets.push(value());
        break;
      case "--preset":
        out.preset = value();
        break;
      case "--out":
        out.out = value();
        break;
      case "--compare":
        out.compare = value();
        break;
      case "--branch":
        out.branch = value();
        break;
      case "--at":
        out.at = value();
        break;
      case "--quiet":
        out.quiet = true;
        break;
      case "--bots": {
        const v = value();
        if (!(STRENGTHS as readonly string[]).includes(v))
          throw new Error(`--bots must be one of: ${STRENGTHS.join(", ")} (not ${v})`);
        out.bots = v as Strength;
        break;
      }
      default:
        throw new Error(`unknown argument ${flag}\n${USAGE}`);
    }
  }
  for (const label of [out.from, out.at]) {
    if (label !== undefined && turnIndex(label) === undefined)
      throw new Error(`${label} is not a turn: use a label such as 1938-I (1933-I … 1939-II)`);
  }
  if (out.branch && !out.at)
    throw new Error("--branch needs --at TURN (where to cut the record's log)");
  return out;
}

/** Every valid --set, as "key=value|value" lines, for messages. */
function validSets(scenario: Scenario): string[] {
  return [
    ...scenario.options.map(
      (o) => `${o.key}=${o.values.map((v) => v.value).join("|")} (default ${o.default})`,
    ),
    "historicalEvents=on|off (default on)",
  ];
}

/** Turn the --set list into match settings; unknown keys or values are refused, listing the valid ones. */
export function resolveSets(
  scenario: Scenario,
  sets: readonly string[],
): { options: Record<string, string>; historicalEvents: boolean } {
  const options: Record<string, string> = {};
  let historicalEvents = true;
  const help = () => `valid settings for ${scenario.id}:\n  ${validSets(scenario).join("\n  ")}`;
  for (const set of sets) {
    const m = /^([^=]+)=(.*)$/.exec(set);
    if (!m) throw new Error(`--set wants KEY=VALUE, not "${set}"\n${help()}`);
    const [, key = "", val = ""] = m;
    if (key === "historicalEvents") {
      if (val !== "on" && val !== "off")
        throw new Error(`historicalEvents is on or off, not "${val}"\n${help()}`);
      historicalEvents = val === "on";
      continue;
    }
    const option = scenario.options.find((o) => o.key === key);
    if (!option) throw new Error(`unknown setting "${key}"\n${help()}`);
    if (!option.values.some((v) => v.value === val))
      throw new Error(`"${val}" is not a value of ${key}\n${help()}`);
    options[key] = val;
  }
  return { options, historicalEvents };
}
