// Bundles the norms tab (norms.html and the configurable tab's config.html) with esbuild into
// dist/tab/ (served under /tab/). teams-js is bundled, not loaded from a CDN. Prints the sizes.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { WebBuild } from "./build-addin.js";
import { zodEnglishOnly } from "./zod-english-only.js";

export const TAB_ENTRIES = { norms: "src/tab/main.ts", config: "src/tab/config-main.ts" };

/** `entries` lets a test bundle the same pages with a stubbed host. */
export async function buildTab(outDir = "dist/tab", entries: Record<string, string> = TAB_ENTRIES): Promise<WebBuild[]> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: entries,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    outdir: outDir,
    write: false,
    plugins: [zodEnglishOnly],
    logLevel: "silent",
  });
  cpSync("src/tab/pages", outDir, { recursive: true });
  return result.outputFiles.map((file) => {
    writeFileSync(file.path, file.contents);
    return { file: file.path, bytes: file.contents.length, gzipBytes: gzipSync(file.contents).length };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await buildTab()) {
    console.log(`${f.file.replace(`${process.cwd()}/`, "")}: ${(f.bytes / 1024).toFixed(0)} KB, ${(f.gzipBytes / 1024).toFixed(0)} KB gzipped`);
  }
}
