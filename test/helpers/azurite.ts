// Azurite, the Azure Storage emulator from npm: its blob service on a free local port, in memory.
import { spawn } from "node:child_process";
import { freePort } from "./processes.js";

// Azurite's published development account: a well-known emulator key, not a secret.
const DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export interface Azurite {
  connectionString: string;
  stop(): Promise<void>;
}

export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const azurite = spawn(
    "node_modules/.bin/azurite-blob",
    ["--blobHost", "127.0.0.1", "--blobPort", String(port), "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("Azurite did not start within 30 s")), 30_000);
    azurite.stdout?.on("data", (chunk: Buffer) => {
      if (/successfully listen(?:s|ing)/i.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    azurite.once("exit", (code) => reject(new Error(`Azurite exited with ${code}`)));
  });
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    stop: async () => {
      if (azurite.exitCode !== null) return;
      const exited = new Promise((r) => azurite.once("exit", r));
      azurite.kill("SIGTERM");
      await exited;
    },
  };
}
