// What `azureAppService/zipDeploy` uploads (teamsapp.yml's deploy stage): the built server, add-in and
// tab (npm run build) with production dependencies only, in build/deploy. App Service runs it as is
// (WEBSITE_RUN_FROM_PACKAGE, no build on the server): `node dist/server/main.js`.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const target = process.argv[2] ?? "build/deploy";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = (args: string[], cwd = ".") => execFileSync(npm, args, { cwd, stdio: "inherit" });

run(["run", "build"]);
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const path of ["dist", "package.json", "package-lock.json"]) cpSync(path, join(target, path), { recursive: true });
// Exactly the lock file's production tree; no install scripts run (none of our dependencies needs one).
run(["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund"], target);
console.log(`staged ${target}: dist/, package.json, package-lock.json and production node_modules/`);
