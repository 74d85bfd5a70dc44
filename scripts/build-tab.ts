// Bundles the norms tab (norms.html and the configurable tab's config.html) into dist/tab/ (served
// under /tab/). teams-js is bundled, not loaded from a CDN. Prints the sizes.
import { bundleWeb, printSizes, type WebBuild } from "./bundle-web.js";

export const TAB_ENTRIES = { norms: "src/tab/main.ts", config: "src/tab/config-main.ts" };

/** `entries` lets a test bundle the same pages with a stubbed host. */
export function buildTab(outDir = "dist/tab", entries: Record<string, string> = TAB_ENTRIES): Promise<WebBuild[]> {
  return bundleWeb({ entries, pagesDir: "src/tab/pages", outDir, target: "es2020" });
}

if (import.meta.url === `file://${process.argv[1]}`) printSizes(await buildTab());
