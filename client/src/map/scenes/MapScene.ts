/**
 * Map: shows the baked atlas, owns the camera (drag, wheel to the cursor, pinch, clamped),
 * hit-tests hover and click into region ids, and draws the live overlay.
 */
import Phaser from "phaser";
import {
  clampView,
  screenToWorld,
  wheelFactor,
  zoomAt,
  zoomLimits,
  ZOOM_STEP,
  type View,
} from "../camera.ts";
import type { MapModel } from "../model.ts";

/** The baked atlas's texture key. */
const ATLAS = "atlas";
import { drawOverlay } from "./overlay.ts";

/** Max zoom: about 2.5 screen pixels per baked pixel at the texture's scale. */
const MAX_ZOOM_OVER_TEXTURE = 2.5;
const DRAG_SLOP = 5;

export class MapScene extends Phaser.Scene {
  private readonly model: MapModel;
  private readonly reducedMotion: boolean;
  private readonly onReady: () => void;
  private overlay!: Phaser.GameObjects.Graphics;
  private cur: View = { cx: 0, cy: 0, zoom: 1 };
  private target: View = { cx: 0, cy: 0, zoom: 1 };
  private drawn = { version: -1, zoom: 0 };
  private drag: { x: number; y: number; moved: boolean } | null = null;
  private pinch: { dist: number; zoom: number } | null = null;
  private tween: Phaser.Tweens.Tween | null = null;
  /** Told of every camera change (the names layer follows it). */
  onCamera:
    ((v: View, screen: { width: number; height: number }, least: number) => void) | undefined;

  constructor(model: MapModel, reducedMotion: boolean, onReady: () => void) {
    super({ key: "map" });
    this.model = model;
    this.reducedMotion = reducedMotion;
    this.onReady = onReady;
  }

  create(): void {
    performance.mark("map:scene");
    const { geo, scale } = this.model;
    // The atlas is added here rather than by a boot scene: a scene switch costs a frame,
    // and a first frame under a busy software compositor took 400 ms.
    if (!this.textures.exists(ATLAS)) this.textures.addCanvas(ATLAS, this.model.canvas);
    this.add
      .image(0, 0, ATLAS)
      .setOrigin(0, 0)
      .setScale(1 / scale);
    this.overlay = this.add.graphics();
    this.input.addPointer(1);
    this.cur = this.target = this.fitted();
    this.apply();
    this.scale.on("resize", () => {
      this.cur = this.target = this.clamped(this.target);
      this.apply();
    });
    this.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.down(p));
    this.input.on("pointermove", (p: Phaser.Input.Pointer) => this.move(p));
    this.input.on("pointerup", (p: Phaser.Input.Pointer) => this.up(p));
    this.input.on("gameout", () => this.hover(null));
    this.input.on("wheel", (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) =>
      this.wheel(p, dy),
    );
    void geo;
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.onReady());
  }

  /** The atlas texture changed (a re-bake): upload it again. */
  rebaked(): void {
    const tex = this.textures.get(ATLAS) as Phaser.Textures.CanvasTexture;
    tex.refresh();
  }

  focus(region: string): void {
    const c = this.model.centreOf(region);
    if (!c) return;
    const next = this.clamped({
      cx: c[0],
      cy: c[1],
      zoom: Math.max(this.cur.zoom, this.minZoom() * 1.8),
    });
    if (this.reducedMotion) {
      this.cur = this.target = next;
      this.apply();
      return;
    }
    this.tween?.stop();
    const from = { ...this.cur };
    this.tween = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: 650,
      ease: "Sine.easeInOut",
      onUpdate: (tw) => {
        const t = tw.getValue() ?? 1;
        this.cur = this.target = {
          cx: from.cx + (next.cx - from.cx) * t,
          cy: from.cy + (next.cy - from.cy) * t,
          zoom: from.zoom + (next.zoom - from.zoom) * t,
        };
        this.apply();
      },
    });
  }

  override update(): void {
    if (this.model.dirty && this.model.refresh()) this.rebaked();
    // Wheel zoom eases towards its target unless motion is reduced.
    const t = this.target;
    if (t.zoom !== this.cur.zoom || t.cx !== this.cur.cx || t.cy !== this.cur.cy) {
      const k = this.reducedMotion ? 1 : 0.35;
      const c = this.cur;
      const near =
        Math.abs(t.zoom - c.zoom) < 1e-4 * t.zoom && Math.hypot(t.cx - c.cx, t.cy - c.cy) < 0.05;
      this.cur = near
        ? t
        : {
            cx: c.cx + (t.cx - c.cx) * k,
            cy: c.cy + (t.cy - c.cy) * k,
            zoom: c.zoom + (t.zoom - c.zoom) * k,
          };
      this.apply();
    }
    if (this.drawn.version !== this.model.overlayVersion || this.drawn.zoom !== this.cur.zoom) {
      drawOverlay(this.overlay, this.model, this.cur.zoom);
      this.drawn = { version: this.model.overlayVersion, zoom: this.cur.zoom };
    }
  }

  private screen() {
    return { width: this.scale.width, height: this.scale.height };
  }
  private minZoom() {
    return zoomLimits(this.model.geo, this.screen(), this.model.scale * MAX_ZOOM_OVER_TEXTURE)[0];
  }
  private clamped(v: View): View {
    const [lo, hi] = zoomLimits(
      this.model.geo,
      this.screen(),
      this.model.scale * MAX_ZOOM_OVER_TEXTURE,
    );
    return clampView(
      { ...v, zoom: Math.min(hi, Math.max(lo, v.zoom)) },
      this.model.geo,
      this.screen(),
    );
  }
  /** The opening view: Europe from the Channel to the Black Sea, filling the screen. */
  private fitted(): View {
    const { geo } = this.model;
    const s = this.screen();
    const zoom = Math.max(s.width / (geo.width * 0.78), s.height / geo.height);
    return this.clamped({ cx: geo.width * 0.48, cy: geo.height * 0.56, zoom });
  }
  private apply(): void {
    const cam = this.cameras.main;
    cam.setZoom(this.cur.zoom);
    cam.centerOn(this.cur.cx, this.cur.cy);
    this.onCamera?.(this.cur, this.screen(), this.minZoom());
  }

  /** Forget the selection (Escape). */
  deselect(): void {
    if (this.model.selected === null) return;
    this.model.selected = null;
    this.model.overlayVersion++;
    this.model.emit("select", null);
  }

  private down(p: Phaser.Input.Pointer) {
    this.tween?.stop();
    const a = this.input.pointer1;
    const b = this.input.pointer2;
    if (a.isDown && b.isDown) {
      this.pinch = {
        dist: Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y),
        zoom: this.target.zoom,
      };
      this.drag = null;
      return;
    }
    this.drag = { x: p.x, y: p.y, moved: false };
  }

  private move(p: Phaser.Input.Pointer) {
    const a = this.input.pointer1;
    const b = this.input.pointer2;
    if (this.pinch && a.isDown && b.isDown) {
      const d = Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y);
      const zoom = (this.pinch.zoom * d) / Math.max(1, this.pinch.dist);
      this.zoomTo((a.x + b.x) / 2, (a.y + b.y) / 2, zoom, true);
      return;
    }
    if (this.drag && p.isDown) {
      const dx = p.x - this.drag.x;
      const dy = p.y - this.drag.y;
      if (!this.drag.moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
      this.drag = { x: p.x, y: p.y, moved: true };
      const z = this.cur.zoom;
      this.cur = this.target = this.clamped({
        cx: this.cur.cx - dx / z,
        cy: this.cur.cy - dy / z,
        zoom: z,
      });
      this.apply();
      return;
    }
    const [wx, wy] = screenToWorld(this.cur, this.screen(), p.x, p.y);
    this.hover(this.model.hit(wx, wy));
  }

  private up(p: Phaser.Input.Pointer) {
    const wasDrag = this.drag?.moved ?? false;
    this.drag = null;
    if (this.pinch) {
      this.pinch = null;
      return;
    }
    if (wasDrag) return;
    const [wx, wy] = screenToWorld(this.cur, this.screen(), p.x, p.y);
    const id = this.model.hit(wx, wy);
    this.model.selected = id;
    this.model.emit("select", id);
  }

  private wheel(p: Phaser.Input.Pointer, dy: number) {
    // The player's own zoom wins over a focus pan still under way.
    this.tween?.stop();
    this.zoomTo(p.x, p.y, this.target.zoom * wheelFactor(dy), false);
  }

  /** The +/- buttons: `notches` wheel steps about the centre of the screen. */
  zoomBy(notches: number): void {
    this.tween?.stop();
    const s = this.screen();
    this.zoomTo(s.width / 2, s.height / 2, this.target.zoom * ZOOM_STEP ** notches, false);
  }

  private zoomTo(px: number, py: number, zoom: number, immediate: boolean) {
    const [lo, hi] = zoomLimits(
      this.model.geo,
      this.screen(),
      this.model.scale * MAX_ZOOM_OVER_TEXTURE,
    );
    const z = Math.min(hi, Math.max(lo, zoom));
    this.target = this.clamped(zoomAt(this.target, this.screen(), px, py, z));
    if (immediate) {
      this.cur = this.target;
      this.apply();
    }
  }

  private hover(id: string | null) {
    if (id === this.model.hovered) return;
    this.model.hovered = id;
    this.model.overlayVersion++;
    this.model.emit("hover", id);
  }
}
