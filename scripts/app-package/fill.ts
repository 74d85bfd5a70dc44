// Fills ${{NAME}} placeholders the way the Agents Toolkit does: from env/.env.<env>, then
// env/.env.<env>.user (secrets), then the process environment.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "dotenv";

export function readEnv(envDir: string, envName: string, processEnv: NodeJS.ProcessEnv = {}): Record<string, string> {
  const file = join(envDir, `.env.${envName}`);
  if (!existsSync(file)) throw new Error(`no environment file ${file}: create it or pick another environment`);
  const values: Record<string, string> = { ...parse(readFileSync(file)) };
  const user = `${file}.user`;
  if (existsSync(user)) Object.assign(values, parse(readFileSync(user)));
  for (const [k, v] of Object.entries(processEnv)) if (v !== undefined && v !== "") values[k] = v;
  return values;
}

/** The text with every placeholder filled; throws naming each variable that is missing or empty. */
export function fillPlaceholders(text: string, values: Record<string, string>, source: string): string {
  const missing = new Set<string>();
  const filled = text.replace(/\$\{\{\s*([A-Z_]\w*)\s*\}\}/gi, (_all, name: string) => {
    const value = values[name];
    // An empty suffix is a real value ("no suffix"); every other empty value is a missing one.
    if (value === undefined || (value === "" && !name.endsWith("_SUFFIX"))) {
      missing.add(name);
      return "";
    }
    // The values go into JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) throw new Error(`${source}: no value for ${[...missing].join(", ")} (set them in the env file or the environment)`);
  return filled;
}
