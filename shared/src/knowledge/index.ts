export type { Known, KnownPower } from "./known.ts";
export {
  newLastingMemo,
  newViewMemo,
  viewFor,
  type GameView,
  type LastingMemo,
  type PowerView,
  type ViewMemo,
  type Viewer,
} from "./viewFor.ts";
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
