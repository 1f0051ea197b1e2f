/**
 * Named presets of counterfactual switches (`--preset NAME`): each expands to `--set` entries,
 * which any `--set` given after it overrides. Per scenario, as data.
 */
export interface Preset {
  readonly name: string;
  readonly sets: readonly string[];
  /** What it asks, for `--help` and docs/simulator.md. */
  readonly means: string;
}

const PRESETS: Readonly<Record<string, readonly Preset[]>> = {
  "europe-1933": [
    {
      name: "collective-security",
      sets: [
        "passage=granted",
        "rhinelandMobilise=yes",
        "rhinelandRiposte=yes",
        "oilEmbargo=yes",
        "britishConvention=yes",
        "barthouSurvives=yes",
        "easternPact=early",
        "britainFirm=yes",
        "romanianPassage=1938",
      ],
      means:
        "every switch by which collective security could have held: Barthou's Eastern Pact and a Franco-Soviet convention, France firm over the Rhineland, oil sanctions, Britain bound to Czechoslovakia, the Red Army's roads open, a British convention with Moscow",
    },
  ],
};

/** The presets of a scenario. */
export function presetsOf(scenario: string): readonly Preset[] {
  return PRESETS[scenario] ?? [];
}

/** A preset's `--set` entries; throws a sentence listing the valid names when unknown. */
export function presetSets(scenario: string, name: string): readonly string[] {
  const all = presetsOf(scenario);
  const p = all.find((x) => x.name === name);
  if (!p) {
    const names = all.map((x) => x.name).join(", ") || "none";
    throw new Error(`unknown preset "${name}" for ${scenario} (presets: ${names})`);
  }
  return p.sets;
}
