import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";

/**
 * Browser end-to-end harness: the real client, built by Vite into a temporary folder, served
 * by the real server (server/src/main.ts) started as a child process on a free loopback port
 * with a temporary data directory, driven by Chromium through playwright-core (Debian's, or the
 * one an npm package ships: tests/support/chromium.ts).
 * No mock stands in for the server.
 */
export const ROOT = resolve(import.meta.dirname, "../..");
export const OUT = join(ROOT, "test-output");
const NODE = join(ROOT, "node_modules/.bin/node");
const VITE = join(ROOT, "node_modules/.bin/vite");

/** Every browser test runs: a Chromium is always found (tests/support/chromium.ts). */
export const canRun = existsSync(join(ROOT, "server/src/main.ts"));

let built: string | undefined;

/** Build the client once per test file into a temporary folder (never over client/dist). */
export function buildClient(): string {
  if (built) return built;
  const out = mkdtempSync(join(tmpdir(), "cs-client-"));
  const r = spawnSync(VITE, ["build", "--outDir", out, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: join(ROOT, "client"),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`client build failed:\n${r.stdout}\n${r.stderr}`);
  built = out;
  return out;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  log: string[];
  stop(): Promise<void>;
}

export async function startServer(
  clientDir: string,
  dataDir?: string,
  port?: number,
): Promise<RunningServer> {
  const p = port ?? (await freePort());
  const data = dataDir ?? mkdtempSync(join(tmpdir(), "cs-data-"));
  const log: string[] = [];
  const proc = spawn(NODE, [join(ROOT, "server/src/main.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(p),
      DATA_DIR: data,
      CLIENT_DIR: clientDir,
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout.on("data", (b: Buffer) => log.push(b.toString()));
  proc.stderr.on("data", (b: Buffer) => log.push(b.toString()));
  const url = `http://127.0.0.1:${p}`;
  const until = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited:\n${log.join("")}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server did not start:\n${log.join("")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port: p,
    dataDir: data,
    proc,
    log,
    stop: () =>
      new Promise<void>((ok) => {
        if (proc.exitCode !== null) return ok();
        proc.once("exit", () => ok());
        proc.kill("SIGTERM");
        setTimeout(() => proc.kill("SIGKILL"), 5000).unref();
      }),
  };
}

import { launchBrowser } from "../support/chromium.ts";
export { launchBrowser as launch };

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

export function cleanup(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * The usual set-up of a browser test file, registered as its beforeAll/afterAll: the client
 * built, the real server started on it, Chromium launched; all torn down after. Read
 * `stack.server` and `stack.browser` inside tests.
 */
export function useStack(): { server: RunningServer; browser: Browser } {
  let clientDir: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    clientDir = buildClient();
    server = await startServer(clientDir);
    browser = await launchBrowser();
  });
  // A failed test leaves what the browser showed and what the server said in test-output/
  // (CI keeps that folder and .ci/run says where it is).
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== "fail" || !browser) return;
    const name =
      `${ctx.task.file.name.replace(/\W+/g, "-")}-${ctx.task.name.replace(/\W+/g, "-")}`.slice(
        0,
        120,
      );
    mkdirSync(OUT, { recursive: true });
    let n = 0;
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        await page
          .screenshot({ path: join(OUT, `${name}-${++n}.png`), fullPage: true })
          .catch(() => {});
      }
    }
    if (server) writeFileSync(join(OUT, `${name}-server.log`), server.log.join(""));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    cleanup(server?.dataDir);
    cleanup(clientDir);
  });
  const ready = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`${what} is not started (use it inside a test)`);
    return x;
  };
  return {
    get server() {
      return ready(server, "the server");
    },
    get browser() {
      return ready(browser, "the browser");
    },
  };
}
