export { chooseActions, type BotOptions } from "./chooseActions.ts";
