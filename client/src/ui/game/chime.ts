/**
 * The optional sound when something arrives on a tab that is not open: a proposal
 * (Diplomacy), a decision to answer (Orders) or a message (Channels). Off unless the player
 * turns it on; the choice is kept in localStorage. The tone is made with the Web Audio API, no
 * asset: a short two-note chime, soft, as a desk bell rather than an alarm.
 */
import type { Tab } from "./panel.ts";

const SOUND_KEY = "cs.sound";
/** The tabs whose arrivals ring; the news comes every phase and would ring all the time. */
const RINGING: readonly Tab[] = ["diplomacy", "orders", "chat"];

export function soundOn(storage: Pick<Storage, "getItem">): boolean {
  return storage.getItem(SOUND_KEY) === "on";
}
export function setSound(storage: Pick<Storage, "setItem">, on: boolean): void {
  storage.setItem(SOUND_KEY, on ? "on" : "off");
}

/**
 * Whether to ring: some ringing tab, not the open one, has more unseen items than before.
 * Pure, so the rule is tested without a browser.
 */
export function shouldRing(
  before: Partial<Record<Tab, number>>,
  now: Partial<Record<Tab, number>>,
  open: Tab,
): boolean {
  return RINGING.some((tab) => tab !== open && (now[tab] ?? 0) > (before[tab] ?? 0));
}

let audio: AudioContext | undefined;
/** Play the chime; silent where the browser has no Web Audio or refuses it. */
export function ring(): void {
  try {
    audio ??= new AudioContext();
    const ctx = audio;
    void ctx.resume();
    const t0 = ctx.currentTime;
    for (const [i, freq] of [880, 660].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = "sine";
      osc.frequency.value = freq;
      const start = t0 + i * 0.12;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.15, start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.32);
    }
  } catch {
    // No sound is no harm: the badge says it too.
  }
}
