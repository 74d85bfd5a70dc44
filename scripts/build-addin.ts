// Bundles the Outlook add-in's scripts with esbuild into dist/addin/ (served under /addin/).
// launchevent.js is one self-contained file in ES2016 syntax with no imports: classic Outlook
// loads it directly in its JavaScript-only runtime. Prints the sizes.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { zodEnglishOnly } from "./zod-english-only.js";

export interface WebBuild {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export async function buildAddin(outDir = "dist/addin"): Promise<WebBuild[]> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: { launchevent: "src/addin/launchevent.ts", taskpane: "src/addin/taskpane/taskpane.ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2016",

    minify: true,
    legalComments: "none",
    outdir: outDir,
    write: false,
    plugins: [zodEnglishOnly],
    logLevel: "silent",
  });
  cpSync("src/addin/pages", outDir, { recursive: true });
  return result.outputFiles.map((file) => {
    writeFileSync(file.path, file.contents);
    return { file: file.path, bytes: file.contents.length, gzipBytes: gzipSync(file.contents).length };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await buildAddin()) {
    console.log(`${f.file.replace(`${process.cwd()}/`, "")}: ${(f.bytes / 1024).toFixed(0)} KB, ${(f.gzipBytes / 1024).toFixed(0)} KB gzipped`);
  }
}
