// npm start: the Async Coach server on localhost with embedded defaults (no Azure, no credentials).
import { readFile } from "node:fs/promises";
import { parseNorms, type Norms } from "../rules/index.js";
import { createApp } from "./app.js";
import { ConfigError, readConfig } from "./config.js";

async function loadNorms(file: string | undefined): Promise<Norms | undefined> {
  if (!file) return undefined;
  const result = parseNorms(JSON.parse(await readFile(file, "utf8")));
  if (!result.ok) throw new ConfigError(`${file}: invalid norms: ${result.errors.join("; ")}`);
  return result.norms;
}

try {
  const config = readConfig(process.env);
  const norms = await loadNorms(config.normsFile);
  const app = createApp(norms ? { norms } : {});
  const server = app.listen(config.port, config.host, () => {
    console.log(`Async Coach listening on http://${config.host}:${config.port} (GET /healthz, POST /api/check)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  console.error(`Async Coach cannot start: ${(error as Error).message}`);
  process.exit(1);
}
