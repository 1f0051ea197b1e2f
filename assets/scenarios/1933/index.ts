/** The 1933 scenario's files, gathered for `composeScenario`. */
import type { ScenarioParts } from "../compose.ts";
import manifest from "./scenario.json" with { type: "json" };
import powers from "./powers.json" with { type: "json" };
import regions from "./regions.json" with { type: "json" };
import treaties from "./treaties.json" with { type: "json" };
import events1933 from "./events/1933.json" with { type: "json" };
import events1934 from "./events/1934.json" with { type: "json" };
import events1935 from "./events/1935.json" with { type: "json" };
import events1936 from "./events/1936.json" with { type: "json" };
import events1937 from "./events/1937.json" with { type: "json" };
import events1938 from "./events/1938.json" with { type: "json" };
import events1939 from "./events/1939.json" with { type: "json" };
import objectives from "./objectives.json" with { type: "json" };
import csi from "./csi.json" with { type: "json" };
import options from "./options.json" with { type: "json" };
import milestones from "./milestones.json" with { type: "json" };

export const PARTS_1933: ScenarioParts = {
  manifest,
  powers,
  regions,
  treaties,
  events: [events1933, events1934, events1935, events1936, events1937, events1938, events1939],
  objectives,
  csi,
  options,
  milestones,
};
