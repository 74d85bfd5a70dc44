// The bot as a person meets it: the built server, and Microsoft 365 Agents Playground (Microsoft's
// local Teams client, pinned in package.json) in front of it, each on a free port, driven in
// Debian's Chromium. Everything here stops what it started.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort, start, waitForHttp, type Started } from "./processes.js";

const run = promisify(execFile);
/** Inside node_modules so the built files resolve their packages like dist/ does. */
const BUILD_DIR = "node_modules/.cache/async-coach/e2e-build";

export interface BotUnderTest {
  playgroundUrl: string;
  botUrl: string;
  stop(): Promise<void>;
}

/** Compiles the server as `npm run build` does (tsconfig.build.json), into a folder of its own. */
async function buildServer(): Promise<string> {
  await run(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--outDir", BUILD_DIR]);
  return join(BUILD_DIR, "server/main.js");
}

/** The environment minus anything that would configure Azure, a bot identity, Graph or Entra. */
function withoutCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(?:BOT_|GRAPH_|TAB_|AUTH_|AZURE_|SECRET_)/.test(key)));
}

export async function startBotInPlayground(): Promise<BotUnderTest> {
  const [main, botPort, playgroundPort, dataDir] = await Promise.all([
    buildServer(),
    freePort(),
    freePort(),
    mkdtemp(join(tmpdir(), "async-coach-playground-")),
  ]);
  const started: Started[] = [];
  const stop = async () => {
    await Promise.all(started.map((s) => s.stop()));
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const botUrl = `http://127.0.0.1:${botPort}`;
    // Embedded defaults, as the README's quick start: no Azure, no credentials.
    const bot = start(process.execPath, [main], {
      env: { ...withoutCredentials(process.env), PORT: String(botPort), HOST: "127.0.0.1", DATA_DIR: dataDir, NODE_ENV: "development" },
    });
    started.push(bot);
    await waitForHttp(`${botUrl}/healthz`, bot);
    const playground = start(
      process.execPath,
      ["node_modules/@microsoft/m365agentsplayground/cli.js", "-e", `${botUrl}/api/messages`, "-c", "msteams", "-p", String(playgroundPort), "--dt"],
      // No statsbeat probe of a cloud metadata address, no browser of its own.
      { env: { ...process.env, APPLICATION_INSIGHTS_NO_STATSBEAT: "true", TEAMSAPPTESTER_BROWSER: "none" } },
    );
    started.push(playground);
    const playgroundUrl = `http://127.0.0.1:${playgroundPort}`;
    await waitForHttp(`${playgroundUrl}/_debug/ping`, playground);
    return { playgroundUrl, botUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
