import type { GameView } from "@cs/shared";
import { has, powerParams, t } from "../../i18n/index.ts";
import { treatyName } from "./names.ts";

/**
 * What a bot said, in the reader's language: its answer to a proposal (bots.json
 * `answer.<sign|counter|reject>`) with the reason's code translated (`reason.<code>`), the
 * powers it names in their grammatical forms.
 */
export function botSaying(
  view: GameView,
  say: { key: string; params: Readonly<Record<string, string>> },
): string {
  const { treaty, name, reason, power, ...rest } = say.params;
  const people = power ? powerParams("power", [power]) : {};
  const why =
    reason && has(`bots:reason.${reason}`)
      ? t(`bots:reason.${reason}`, { ...rest, ...people })
      : t("bots:reason.unstated");
  return t(say.key, {
    ...rest,
    treaty: treatyName(view, treaty ?? "", name),
    reason: why,
    defaultValue: t("bots:unknown"),
  });
}
