/** Boot: turns the baked atlas canvas into a texture, then hands over to the Map scene. */
import Phaser from "phaser";
import type { MapModel } from "../model.ts";

export const ATLAS = "atlas";

export class BootScene extends Phaser.Scene {
  private readonly model: MapModel;

  constructor(model: MapModel) {
    super({ key: "boot" });
    this.model = model;
  }

  create(): void {
    performance.mark("map:boot");
    this.textures.addCanvas(ATLAS, this.model.canvas);
    this.scene.start("map");
  }
}
