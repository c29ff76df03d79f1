import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium; browsers are never downloaded. CHROMIUM_PATH points elsewhere on other systems. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** How to get the browser, for every message that says it is missing. */
export const INSTALL_HINT = "sudo apt-get install chromium";

/** Headless flags that keep Chromium from reaching the internet by itself (updates, sync, metrics). */
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export const isChromiumInstalled = (): boolean => existsSync(chromiumPath());

/** Starts one headless Chromium for a whole run of checks; fails with how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!isChromiumInstalled()) {
    throw new Error(`Chromium is required for the browser checks but ${chromiumPath()} does not exist. Install it: ${INSTALL_HINT}`);
  }
  return chromium.launch({ executablePath: chromiumPath(), args: FLAGS, headless: true });
}
