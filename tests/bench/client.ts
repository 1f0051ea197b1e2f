/**
 * Client benchmark (issue 5): the production build's gzipped JavaScript, the time from
 * navigation to an interactive map, and frames per second during a scripted pan and zoom,
 * in Debian's headless Chromium through playwright-core. Figures are printed, not asserted.
 *
 *   node tests/bench/client.ts            figures (also run by `npm run bench`)
 *   node tests/bench/client.ts --shots    also screenshots into test-output/
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type BrowserContext, type Page } from "playwright-core";

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

/** Debian's Chromium with a fresh profile (playwright's persistent context owns the dir). */
export async function launch(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "cs-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

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
];

export async function main(opts: { shots?: boolean } = {}) {
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
  };
  try {
    for (const [w, h] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: w, height: h });
      figures[`interactiveMs_${w}x${h}`] = await openMap(page, `${url}/map-demo.html?seat=FRA`);
      figures[`panZoomFps_${w}x${h}`] = await panZoomFps(page, w, h);
      if (opts.shots) {
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
      }
      await page.close();
    }
  } finally {
    await close();
    server.close();
  }
  return figures;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  console.log(JSON.stringify(await main({ shots: process.argv.includes("--shots") }), null, 2));
}
