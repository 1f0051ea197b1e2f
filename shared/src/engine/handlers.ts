import type { Handlers } from "./handler.ts";
import { advance, ready } from "./phases.ts";
import { decide } from "./decisions.ts";
import { cancelOrder, giveOrder } from "../orders/submit.ts";
import { counter, propose, reject, reveal, sign, withdraw } from "../treaties/diplomacy.ts";
import { tableMotion, vote } from "../league/motions.ts";
import { fireEvent, injectNews } from "../events/inject.ts";

export const HANDLERS: Handlers = {
  propose,
  counter,
  sign,
  reject,
  withdraw,
  reveal,
  tableMotion,
  order: giveOrder,
  cancelOrder,
  vote,
  decide,
  ready,
  advance,
  fireEvent,
  news: injectNews,
};
