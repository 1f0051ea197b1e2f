/**
 * Client benchmark (issue 5): the production build's gzipped JavaScript, the time from
 * navigation to an interactive map, and frames per second during a scripted pan and zoom,
 * in Debian's headless Chromium through playwright-core. Figures are printed, not asserted.
 *
 *   node tests/bench/client.ts            figures (also run by `npm run bench`)
 *   node tests/bench/client.ts --shots    also screenshots into test-output/
 *   node tests/bench/client.ts --runs 5   medians over five page loads per screen size
 *
 * Each load also reports where its time went, from the map's performance marks (ms since
 * navigation): map:start (the map's code is loaded), map:fetched, map:projected, map:baked,
 * map:phaser, map:scene, map:shown. The machine's load average is printed beside them: on a
 * busy machine the figures say more about the neighbours than about the map.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { loadavg } from "node:os";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";

const ROOT = resolve(import.meta.dirname, "../..");
const CLIENT = join(ROOT, "client");
const DEMO_OUT = join(ROOT, "test-output", "map-demo-dist");
const SHOTS = join(ROOT, "test-output");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Gzipped size of every .js file under a directory, in KB (level 9, as a server would). */
export function gzipKb(dir: string): { totalKb: number; files: Record<string, number> } {
  const out: Record<string, number> = {};
  let total = 0;
  for (const f of files(dir).filter((x) => x.endsWith(".js"))) {
    const kb = gzipSync(readFileSync(f), { level: 9 }).length / 1024;
    out[f.slice(dir.length + 1)] = Math.round(kb * 10) / 10;
    total += kb;
  }
  return { totalKb: Math.round(total * 10) / 10, files: out };
}

/** The demo page is built beside the production build, with the app's own Vite config. */
function buildDemo(): void {
  execFileSync("npx", ["vite", "build", "--config", "src/map/demo/vite.config.ts"], {
    cwd: CLIENT,
    env: { ...process.env, MAP_DEMO_OUT: DEMO_OUT },
    stdio: "ignore",
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".topojson": "application/json",
  ".woff2": "font/woff2",
  ".png": "image/png",
};

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = join(dir, path === "/" ? "index.html" : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      ok({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

import { launchContext as launch } from "../support/chromium.ts";
export { launch };

/** What the benchmark reads and writes in the page (this package has no DOM types). */
type Probe = typeof globalThis & {
  __mapReady?: number;
  __frames: number;
  __count: boolean;
  requestAnimationFrame(cb: () => void): number;
};

async function openMap(page: Page, url: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as Probe).__mapReady !== undefined, undefined, {
    timeout: 30_000,
  });
  return Date.now() - t0;
}

/** The map's performance marks, in ms since navigation. */
async function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    type Marks = { getEntriesByType(type: string): Array<{ name: string; startTime: number }> };
    const perf = (globalThis as unknown as { performance: Marks }).performance;
    const out: Record<string, number> = {};
    for (const e of perf.getEntriesByType("mark"))
      if (e.name.startsWith("map:")) out[e.name] = Math.round(e.startTime);
    return out;
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Frames per second while the mouse drags the map and the wheel zooms in and out. */
async function panZoomFps(page: Page, w: number, h: number): Promise<number> {
  await page.evaluate(() => {
    const w = globalThis as Probe;
    w.__frames = 0;
    w.__count = true;
    const tick = () => {
      w.__frames++;
      if (w.__count) w.requestAnimationFrame(tick);
    };
    w.requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.mouse.move(w / 2, h / 2);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(w / 2 - i * 6, h / 2 - i * 3);
  await page.mouse.up();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -120 : 120);
  await page.mouse.move(w / 3, h / 3);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(w / 3 + i * 7, h / 3 + i * 4);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = globalThis as Probe;
    w.__count = false;
    return w.__frames;
  });
  return Math.round((frames / ((Date.now() - t0) / 1000)) * 10) / 10;
}

const SHOT_LIST: Array<[string, string]> = [
  ["political", "?seat=FRA"],
  ["alliances", "?seat=FRA&mode=alliances"],
  ["reach", "?seat=SUN&mode=reach"],
  ["sanctions", "?seat=GBR&mode=sanctions&later"],
  ["occupied", "?seat=CSK&later&focus=bohemia-moravia"],
  ["overview", "?seat=FRA"],
  ["inset-east-africa", "?seat=ITA&mode=sanctions&later&focus=east-africa"],
  ["inset-far-east", "?seat=SUN&focus=far-east"],
];

export async function main(opts: { shots?: boolean; runs?: number | undefined } = {}) {
  const runs = Math.max(1, opts.runs ?? 3);
  execFileSync("npm", ["run", "build", "-w", "@cs/client"], { cwd: ROOT, stdio: "ignore" });
  const bundle = gzipKb(join(CLIENT, "dist"));
  buildDemo();
  const demoJs = gzipKb(DEMO_OUT);
  const { server, url } = await serve(DEMO_OUT);
  const { browser, close } = await launch();
  const figures: Record<string, unknown> = {
    productionJsGzipKb: bundle.totalKb,
    productionJsFiles: bundle.files,
    mapDemoJsGzipKb: demoJs.totalKb,
    runs,
    loadAverageBefore: loadavg().map((x) => Math.round(x * 10) / 10),
  };
  try {
    for (const [w, h] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const ms: number[] = [];
      const fps: number[] = [];
      const steps: Record<string, number[]> = {};
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        await page.setViewportSize({ width: w, height: h });
        ms.push(await openMap(page, `${url}/map-demo.html?seat=FRA`));
        for (const [k, v] of Object.entries(await marks(page))) (steps[k] ??= []).push(v);
        fps.push(await panZoomFps(page, w, h));
        await page.close();
      }
      figures[`interactiveMs_${w}x${h}`] = median(ms);
      figures[`interactiveMsAll_${w}x${h}`] = ms;
      figures[`panZoomFps_${w}x${h}`] = median(fps);
      figures[`panZoomFpsAll_${w}x${h}`] = fps;
      figures[`marksMedian_${w}x${h}`] = Object.fromEntries(
        Object.entries(steps).map(([k, v]) => [k, median(v)]),
      );
      if (opts.shots) {
        const page = await browser.newPage();
        await page.setViewportSize({ width: w, height: h });
        mkdirSync(SHOTS, { recursive: true });
        for (const [name, q] of SHOT_LIST) {
          await openMap(page, `${url}/map-demo.html${q}`);
          if (name === "overview") {
            await page.mouse.move(w / 2, h / 2);
            for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 300);
          }
          if (name === "occupied") {
            await page.mouse.move(w * 0.55, h * 0.5);
            for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
          }
          await page.waitForTimeout(900);
          await page.screenshot({ path: join(SHOTS, `map-${name}-${w}x${h}.png`) });
        }
        await page.close();
      }
    }
  } finally {
    await close();
    server.close();
  }
  figures["loadAverageAfter"] = loadavg().map((x) => Math.round(x * 10) / 10);
  return figures;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const at = process.argv.indexOf("--runs");
  const runs = at > 0 ? Number(process.argv[at + 1]) : undefined;
  console.log(
    JSON.stringify(await main({ shots: process.argv.includes("--shots"), runs }), null, 2),
  );
}
