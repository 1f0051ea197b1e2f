export { chooseActions, chooseMoves } from "./chooseActions.ts";
export { playSeat } from "./act.ts";
export { personalityOf } from "./personality.ts";
export {
  STRENGTHS,
  type BotOptions,
  type Move,
  type Saying,
  type Strength,
  type Submit,
} from "./types.ts";
export type { PolicyScript, PolicyTurn, PolicyEntry } from "./script.ts";
