// Bundles browser pages with esbuild: entry scripts into single IIFE files beside the static pages,
// zod's locales cut down to English. Shared by the add-in and the tab builds.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { LETTER_RANGES } from "../src/rules/text/letters.js";

const require = createRequire(import.meta.url);

// zod re-exports every locale (about 260 KB); our web pages speak English only.
export const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${"node_modules"}/zod/`) ? { path: "zod-locales", namespace: "zod-locales" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, () => ({
      contents: `export { default as en } from ${JSON.stringify(require.resolve("zod/v4/locales/en.js"))};`,
      loader: "js",
      resolveDir: process.cwd(),
    }));
  },
};

// chrono-node's Spanish parsers bound words with [^\p{L}\p{N}\p{M}_], which Outlook's ES2016 runtime
// cannot compile (and one of them at load time, which would stop the whole send handler). The
// class becomes the ES5 ranges the rules use themselves; any other \p{…} fails the build.
const LETTER_NUMBER_MARK = "\\p{L}\\p{N}\\p{M}";
const ES5_LETTER_NUMBER_MARK = `${LETTER_RANGES}0-9\\u0300-\\u036F`;
export const unicodePropertiesToRanges: Plugin = {
  name: "unicode-properties-to-ranges",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]chrono-node[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("\\p{")) return undefined;
      const contents = source
        .replaceAll(LETTER_NUMBER_MARK.replaceAll("\\", "\\\\"), ES5_LETTER_NUMBER_MARK.replaceAll("\\", "\\\\")) // in a string
        .replaceAll(LETTER_NUMBER_MARK, ES5_LETTER_NUMBER_MARK); // in a regular expression literal
      if (contents.includes("\\p{")) return { errors: [{ text: `${args.path} has a Unicode property escape this build cannot rewrite` }] };
      return { contents, loader: "js" };
    });
  },
};

export interface WebBuild {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface WebBundle {
  entries: Record<string, string>;
  /** Static files (HTML, CSS, images) copied as they are. */
  pagesDir: string;
  outDir: string;
  target: string;
}

export async function bundleWeb({ entries, pagesDir, outDir, target }: WebBundle): Promise<WebBuild[]> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: entries,
    bundle: true,
    format: "iife",
    platform: "browser",
    target,
    minify: true,
    legalComments: "none",
    outdir: outDir,
    write: false,
    plugins: [zodEnglishOnly, unicodePropertiesToRanges],
    logLevel: "silent",
  });
  cpSync(pagesDir, outDir, { recursive: true });
  return result.outputFiles.map((file) => {
    writeFileSync(file.path, file.contents);
    return { file: file.path, bytes: file.contents.length, gzipBytes: gzipSync(file.contents).length };
  });
}

export function printSizes(builds: WebBuild[]): void {
  for (const f of builds) {
    console.log(`${f.file.replace(`${process.cwd()}/`, "")}: ${(f.bytes / 1024).toFixed(0)} KB, ${(f.gzipBytes / 1024).toFixed(0)} KB gzipped`);
  }
}
