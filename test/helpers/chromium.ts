// Debian's Chromium for browser tests, started the way this machine allows: headless, no sandbox
// (root), and none of the background connections a closed network refuses.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** A skip reason when Chromium is not installed, for describe(..., { skip }). */
export const chromiumMissing: string | false = !existsSync(CHROMIUM) && "Debian's chromium is not installed (bash .ci/run installs it)";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
