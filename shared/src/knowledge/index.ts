export type { Known, KnownPower } from "./known.ts";
export { viewFor, type GameView, type PowerView, type Viewer } from "./viewFor.ts";
export { newLastingMemo, newViewMemo, type LastingMemo, type ViewMemo } from "./memo.ts";
export {
  PUBLIC_CHANNEL,
  channelId,
  channelMembers,
  checkChannel,
  checkChat,
  mayRead,
  type ChatRefusal,
} from "./channels.ts";
export { reachArea } from "./reach.ts";
export { knownObjectives, objectivesScope, type Objective } from "./objectives.ts";
