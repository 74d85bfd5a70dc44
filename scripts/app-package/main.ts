// npm run package [-- ENV]: builds appPackage/build/appPackage.<ENV>.zip (ENV defaults to "local").
import { buildAppPackage } from "./build.js";

const envName = process.argv[2] ?? "local";
const result = await buildAppPackage({ root: process.cwd(), envName, processEnv: process.env });
if (result.ok) {
  console.log(`app package for "${envName}": ${result.zipPath} (${result.files.join(", ")}); manifest valid against the schema and our checks`);
} else {
  console.error(`app package for "${envName}" not built:\n  ${result.problems.join("\n  ")}`);
  process.exitCode = 1;
}
