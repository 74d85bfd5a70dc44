// Server configuration: read once from the environment, validated, then passed in.
// Secrets come from env/.env.*.user or the process environment, never from the repository.
import { z } from "zod";
import { describeZodError } from "../rules/index.js";

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A JSON file with the team norms applied to /api/check; defaults apply without it. */
  NORMS_FILE: z.string().min(1).optional(),
});

export type ServerConfig = {
  port: number;
  host: string;
  production: boolean;
  normsFile?: string;
};

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = ConfigSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (!parsed.success) throw new ConfigError(`invalid configuration: ${describeZodError(parsed.error).join("; ")}`);
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    production: c.NODE_ENV === "production",
    ...(c.NORMS_FILE ? { normsFile: c.NORMS_FILE } : {}),
  };
}
