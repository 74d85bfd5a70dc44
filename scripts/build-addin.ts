// Bundles the Outlook add-in's scripts into dist/addin/ (served under /addin/). launchevent.js is one
// self-contained file in ES2016 syntax with no imports: classic Outlook loads it directly in its
// JavaScript-only runtime. Prints the sizes.
import { bundleWeb, printSizes, type WebBuild } from "./bundle-web.js";

export type { WebBuild };

export function buildAddin(outDir = "dist/addin"): Promise<WebBuild[]> {
  return bundleWeb({
    entries: { launchevent: "src/addin/launchevent.ts", taskpane: "src/addin/taskpane/taskpane.ts" },
    pagesDir: "src/addin/pages",
    outDir,
    target: "es2016",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) printSizes(await buildAddin());
