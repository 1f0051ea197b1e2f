import { t } from "../../i18n/index.ts";
import { h } from "../dom.ts";
import { ring, setSound, soundOn } from "./chime.ts";

/** The header's switch for the arrival sound, off unless turned on; kept across visits. */
export function soundToggle(rerender: () => void): HTMLElement {
  const on = soundOn(localStorage);
  return h(
    "button",
    {
      type: "button",
      id: "sound-toggle",
      class: on ? "sound on" : "sound",
      "aria-pressed": on ? "true" : "false",
      title: t("game.soundHint"),
      onclick: () => {
        setSound(localStorage, !on);
        // Turned on: the chime once, so the player hears what it will sound like.
        if (!on) ring();
        rerender();
      },
    },
    on ? `♪ ${t("game.sound")}` : t("game.sound"),
  );
}
