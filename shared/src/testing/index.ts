export { MINI, MINI_INPUT } from "./mini.ts";
export { randomPlay, type Played } from "./random-play.ts";
export { scriptedPlay } from "./scripted-play.ts";
export { syntheticScenario } from "./synthetic.ts";
export { botPlay, type BotPlayed } from "./bot-play.ts";
export { act, advanceTo, startMatch, type Match } from "./drive.ts";
