import { chromiumPath, INSTALL_HINT, isChromiumInstalled } from "../../src/site-checks/browser/launch-chromium.ts";

/**
 * Browser checks run when Chromium is installed, and always under CI=true, where a missing browser
 * must fail the run rather than skip it. Locally without it they are skipped, with a loud notice.
 */
export const browserChecksRun = isChromiumInstalled() || process.env.CI === "true";

if (!browserChecksRun) {
  console.warn(`\n!!! Browser checks SKIPPED: no Chromium at ${chromiumPath()}. Install it: ${INSTALL_HINT}\n`);
}
