/**
 * The one way every browser test and benchmark starts Chromium, driven by playwright-core.
 *
 * Which Chromium: Debian's `/usr/bin/chromium` where it is installed; otherwise the build that
 * `@sparticuz/chromium` ships inside its npm package (unpacked to the temporary folder on first
 * use), so that `npm install && npm test` runs every browser test on a fresh machine.
 * `CS_CHROMIUM=/path/to/chrome` picks another binary; `CS_CHROMIUM=packaged` the npm one even
 * where Debian's is installed (to try what a fresh machine runs).
 *
 * The flags: headless as root, no GPU, and none of Chromium's background traffic — this
 * machine's network is closed and refused connections pile up otherwise.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Extra flags the packaged build needs (no zygote without a sandbox helper, fonts it ships). */
const PACKAGED_ARGS = ["--no-zygote", "--disable-setuid-sandbox", "--font-render-hinting=none"];

let found: Promise<{ path: string; args: string[] }> | undefined;

/** The Chromium this machine will use, and its flags. */
function chromiumBinary(): Promise<{ path: string; args: string[] }> {
  found ??= (async () => {
    const own = process.env["CS_CHROMIUM"];
    if (own && own !== "packaged") return { path: own, args: CHROMIUM_ARGS };
    if (own !== "packaged" && existsSync(DEBIAN_CHROMIUM))
      return { path: DEBIAN_CHROMIUM, args: CHROMIUM_ARGS };
    const packaged = (await import("@sparticuz/chromium")).default;
    return { path: await packaged.executablePath(), args: [...CHROMIUM_ARGS, ...PACKAGED_ARGS] };
  })();
  return found;
}

/** A browser for tests that open several contexts (players side by side). */
export async function launchBrowser(): Promise<Browser> {
  const { path, args } = await chromiumBinary();
  return chromium.launch({ executablePath: path, args });
}

/** One context on a fresh profile, removed again on close. */
export async function launchContext(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const { path, args } = await chromiumBinary();
  const profile = mkdtempSync(join(tmpdir(), "cs-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: path,
    args,
    ...options,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
