// Microsoft's own Agents Toolkit CLI (`atk`) on a copy of this project, offline: it validates and packages
// the app for `ci`, and `atk provision` reads both project files and goes on to the Microsoft 365 sign-in,
// the first step that needs the cloud. Before v1.11 it stopped at once: "Unable to parse yaml file".
// The CLI is installed in a cache folder of its own (scripts/toolkit-cli.ts; CI installs it before npm test).
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { ATK, installCli } from "../../scripts/toolkit-cli.js";

const run = promisify(execFile);
/** What the toolkit needs of the project, as a developer's clone has it. */
const PROJECT_FILES = [
  "teamsapp.yml",
  "teamsapp.local.yml",
  "aad.manifest.json",
  "aad.bot.manifest.json",
  "appPackage",
  "env",
  "infra",
  "package.json",
  ".vscode",
];

let project: string;
let home: string;

/** A clean environment: no cached sign-in (HOME is empty), no values of this machine's shell. */
function env(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: home, CI: "true", NO_COLOR: "1", BROWSER: "none" };
}

function atk(args: string[]) {
  return run(process.execPath, [ATK, ...args], { cwd: project, env: env(), timeout: 60_000 });
}

/** Runs `atk provision` until it asks for a Microsoft 365 sign-in (or ends), and returns what it printed. */
function provisionUntilSignIn(envName: string): Promise<{ output: string; reachedSignIn: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ATK, "provision", "--env", envName, "--interactive", "false"], { cwd: project, env: env() });
    let output = "";
    const finish = (reachedSignIn: boolean) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      done({ output, reachedSignIn });
    };
    const timer = setTimeout(() => finish(false), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Log in to your Microsoft 365 account/.test(output)) finish(true);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", () => finish(false));
  });
}

describe("the Agents Toolkit CLI on this project", { timeout: 300_000 }, () => {
  before(async () => {
    await installCli();
    project = mkdtempSync(join(tmpdir(), "async-coach-atk-"));
    home = mkdtempSync(join(tmpdir(), "async-coach-atk-home-"));
    for (const path of PROJECT_FILES) cpSync(path, join(project, path), { recursive: true, filter: (p) => !p.includes("/build") });
  });
  after(() => {
    for (const dir of [project, home]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("validates the manifest and builds the package for ci", async () => {
    const validated = await atk(["validate", "--manifest-file", "appPackage/manifest.json", "--env", "ci"]);
    assert.match(validated.stdout, /All passed/);
    await atk(["package", "--env", "ci"]);
    assert.ok(existsSync(join(project, "appPackage/build/appPackage.ci.zip")));
  });

  for (const envName of ["dev", "local"]) {
    it(`provision --env ${envName} reads the project file and goes on to the sign-in`, async () => {
      const { output, reachedSignIn } = await provisionUntilSignIn(envName);
      assert.doesNotMatch(output, /InvalidYamlSchemaError|Unable to parse yaml|InvalidLifecycle|MissingEnvironmentVariables/);
      assert.ok(reachedSignIn, `atk provision stopped before the sign-in:\n${output.slice(-2000)}`);
    });
  }
});
