// Microsoft's Agents Toolkit CLI (`atk`), for the test that runs it on this project. It is large and
// no dependency of the app, so it lives in a cache folder of its own. `tsx scripts/toolkit-cli.ts`
// installs it there (CI does, before `npm test`); the test installs it itself when it is missing.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const CLI_VERSION = "1.1.17";
const CLI_DIR = resolve(fileURLToPath(new URL("..", import.meta.url)), `node_modules/.cache/async-coach/atk-${CLI_VERSION}`);
export const ATK = join(CLI_DIR, "node_modules/@microsoft/m365agentstoolkit-cli/cli.js");

export async function installCli(): Promise<void> {
  if (existsSync(ATK)) return;
  mkdirSync(CLI_DIR, { recursive: true });
  // --ignore-scripts: keytar's native build (a credential cache) needs libsecret, and nothing here signs in.
  await run(
    "npm",
    ["install", "--prefix", CLI_DIR, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", `@microsoft/m365agentstoolkit-cli@${CLI_VERSION}`],
    { timeout: 240_000 },
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await installCli();
  console.log(`Agents Toolkit CLI ${CLI_VERSION}: ${ATK}`);
}
