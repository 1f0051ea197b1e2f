/**
 * Phaser's three built-in textures, made synchronously. Phaser decodes them from base64 PNGs
 * through `Image.onload` and starts no scene until all three have loaded; under a busy
 * headless Chromium that wait was 0.6–1.4 s of an idle main thread, most of the time to an
 * interactive map. The game config turns them off (`images: null`) and this fills them in
 * from canvases on the BOOT event, then reports them loaded so the texture manager is ready
 * at once.
 */
import Phaser from "phaser";

function canvas(size: number, paint: (g: CanvasRenderingContext2D) => void): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = c.height = size;
  const g = c.getContext("2d");
  if (g) paint(g);
  return c;
}

/** Config for `new Phaser.Game`: no base64 images to decode. */
export const NO_BASE64_IMAGES = { default: null, missing: null, white: null } as unknown as {
  default: string;
  missing: string;
  white: string;
};

/** Call from `callbacks.preBoot`: runs after the texture manager's own boot handler. */
export function syncDefaultTextures(game: Phaser.Game): void {
  game.events.once(Phaser.Core.Events.BOOT, () => {
    const tm = game.textures;
    tm.addCanvas(
      "__DEFAULT",
      canvas(32, () => {}),
    );
    tm.addCanvas(
      "__MISSING",
      canvas(32, (g) => {
        g.strokeStyle = "#0f0";
        g.strokeRect(0.5, 0.5, 31, 31);
      }),
    );
    tm.addCanvas(
      "__WHITE",
      canvas(4, (g) => {
        g.fillStyle = "#fff";
        g.fillRect(0, 0, 4, 4);
      }),
    );
    // The manager counts three LOAD events before it declares itself READY.
    for (let i = 0; i < 3; i++) tm.emit(Phaser.Textures.Events.LOAD);
  });
}
