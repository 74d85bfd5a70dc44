// Server configuration: read once from the environment, validated, then passed in.
// Secrets come from env/.env.*.user or the process environment, never from the repository.
import { z } from "zod";
import type { BotCredentials } from "../bot/adapter.js";
import type { StorageConfig } from "../storage/create-storage.js";
import { describeZodError } from "../rules/index.js";

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A JSON file with the norms used when a request names no team (POST /api/check). */
  NORMS_FILE: z.string().min(1).optional(),
  /** Where the embedded file storage keeps team norms and conversation references. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Azure Blob Storage instead of files: a connection string (a secret) and a container name. */
  AZURE_STORAGE_CONNECTION_STRING: z.string().min(1).optional(),
  AZURE_STORAGE_CONTAINER: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, { message: "3-63 lower-case letters, digits and hyphens" })
    .default("async-coach"),
  BOT_ID: z.string().min(1).optional(),
  BOT_PASSWORD: z.string().min(1).optional(),
  SECRET_BOT_PASSWORD: z.string().min(1).optional(),
  BOT_TYPE: z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"]).optional(),
  BOT_TENANT_ID: z.string().min(1).optional(),
  /** The tab's Entra app (Teams SSO): its id, and its Application ID URI if tokens carry that. */
  TAB_APP_ID: z.string().min(1).optional(),
  TAB_APP_ID_URI: z.string().min(1).optional(),
  /** The tenant whose tokens the norms API accepts; defaults to BOT_TENANT_ID. */
  AUTH_TENANT_ID: z.string().min(1).optional(),
  /** The built add-in (npm run build), served under /addin/. */
  ADDIN_DIR: z.string().min(1).default("dist/addin"),
  /** The built norms tab (npm run build), served under /tab/. */
  TAB_DIR: z.string().min(1).default("dist/tab"),
  /** HTTPS for sideloading the add-in locally: a certificate and key (office-addin-dev-certs writes them). */
  SSL_CRT_FILE: z.string().min(1).optional(),
  SSL_KEY_FILE: z.string().min(1).optional(),
  /**
   * Microsoft Graph (application permissions Calendars.Read; Team.ReadBasic.All and
   * TeamMember.Read.All for team owners): an Entra app id, and a secret or a certificate.
   */
  GRAPH_CLIENT_ID: z.string().min(1).optional(),
  GRAPH_CLIENT_SECRET: z.string().min(1).optional(),
  SECRET_GRAPH_CLIENT_SECRET: z.string().min(1).optional(),
  /** A PEM file with the certificate's private key, and the certificate's SHA-256 thumbprint (hex). */
  GRAPH_CERTIFICATE_FILE: z.string().min(1).optional(),
  GRAPH_CERTIFICATE_THUMBPRINT: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, { message: "the certificate's SHA-256 thumbprint: 64 hex digits" })
    .optional(),
  /** Defaults to AUTH_TENANT_ID, then BOT_TENANT_ID. */
  GRAPH_TENANT_ID: z.string().min(1).optional(),
  GRAPH_AUTHORITY_HOST: z.url({ protocol: /^https$/ }).optional(),
  /** The authority's OpenID configuration as a file, so no metadata is fetched (sovereign clouds, local stand-ins). */
  GRAPH_AUTHORITY_METADATA_FILE: z.string().min(1).optional(),
  /** Extra trusted certificate authorities (PEM) for the token endpoint. */
  GRAPH_CA_FILE: z.string().min(1).optional(),
  GRAPH_BASE_URL: z.url().optional(),
  /** How often the pre-meeting pre-read check scans, in minutes (fractions allowed, down to 3 s, for tests). */
  PREREAD_SCAN_MINUTES: z.coerce
    .number()
    .min(0.05)
    .max(24 * 60)
    .default(15),
});

/** Every setting the server reads from its environment. */
export const CONFIG_KEYS = Object.keys(ConfigSchema.shape);

export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  normsFile?: string;
  storage: StorageConfig;
  bot: BotCredentials;
  tls?: { certFile: string; keyFile: string };
  addinDir: string;
  tabDir: string;
  /** Entra token validation for the norms API; absent means the logged development identity. */
  auth?: { tenantId: string; audiences: string[] };
  /** Microsoft Graph for the pre-read check and team owners; absent turns both off. */
  graph?: GraphConfig;
  scanIntervalMs: number;
}

export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  certificate?: { file: string; thumbprintSha256: string };
  authorityHost?: string;
  authorityMetadataFile?: string;
  caFile?: string;
  baseUrl?: string;
}

function graphConfig(c: z.infer<typeof ConfigSchema>): GraphConfig | undefined {
  if (!c.GRAPH_CLIENT_ID) return undefined;
  const tenantId = c.GRAPH_TENANT_ID ?? c.AUTH_TENANT_ID ?? c.BOT_TENANT_ID;
  if (!tenantId) throw new ConfigError("GRAPH_CLIENT_ID needs GRAPH_TENANT_ID (or AUTH_TENANT_ID / BOT_TENANT_ID): the tenant whose calendars to read");
  const secret = c.GRAPH_CLIENT_SECRET ?? c.SECRET_GRAPH_CLIENT_SECRET;
  if (Boolean(c.GRAPH_CERTIFICATE_FILE) !== Boolean(c.GRAPH_CERTIFICATE_THUMBPRINT)) {
    throw new ConfigError("a Graph certificate needs both GRAPH_CERTIFICATE_FILE and GRAPH_CERTIFICATE_THUMBPRINT");
  }
  if (!secret && !c.GRAPH_CERTIFICATE_FILE) {
    throw new ConfigError(
      "GRAPH_CLIENT_ID needs GRAPH_CLIENT_SECRET (or SECRET_GRAPH_CLIENT_SECRET) or a certificate (GRAPH_CERTIFICATE_FILE and GRAPH_CERTIFICATE_THUMBPRINT)",
    );
  }
  return {
    tenantId,
    clientId: c.GRAPH_CLIENT_ID,
    ...(secret ? { clientSecret: secret } : {}),
    ...(c.GRAPH_CERTIFICATE_FILE && c.GRAPH_CERTIFICATE_THUMBPRINT
      ? { certificate: { file: c.GRAPH_CERTIFICATE_FILE, thumbprintSha256: c.GRAPH_CERTIFICATE_THUMBPRINT } }
      : {}),
    ...(c.GRAPH_AUTHORITY_HOST ? { authorityHost: c.GRAPH_AUTHORITY_HOST } : {}),
    ...(c.GRAPH_AUTHORITY_METADATA_FILE ? { authorityMetadataFile: c.GRAPH_AUTHORITY_METADATA_FILE } : {}),
    ...(c.GRAPH_CA_FILE ? { caFile: c.GRAPH_CA_FILE } : {}),
    ...(c.GRAPH_BASE_URL ? { baseUrl: c.GRAPH_BASE_URL } : {}),
  };
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = ConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== "")));
  if (!parsed.success) throw new ConfigError(`invalid configuration: ${describeZodError(parsed.error).join("; ")}`);
  const c = parsed.data;
  const password = c.BOT_PASSWORD ?? c.SECRET_BOT_PASSWORD;
  const production = c.NODE_ENV === "production";
  if (production && (!c.BOT_ID || (!password && c.BOT_TYPE !== "UserAssignedMSI"))) {
    throw new ConfigError(
      "NODE_ENV=production needs bot credentials: set BOT_ID and BOT_PASSWORD (or SECRET_BOT_PASSWORD), and BOT_TENANT_ID for a SingleTenant bot",
    );
  }
  const authTenant = c.AUTH_TENANT_ID ?? c.BOT_TENANT_ID;
  if (c.TAB_APP_ID && !authTenant) throw new ConfigError("TAB_APP_ID needs AUTH_TENANT_ID (or BOT_TENANT_ID): the tenant whose tokens to accept");
  if (production && !c.TAB_APP_ID) {
    throw new ConfigError("NODE_ENV=production needs TAB_APP_ID (and AUTH_TENANT_ID) so the norms API checks Entra ID tokens");
  }
  if (Boolean(c.SSL_CRT_FILE) !== Boolean(c.SSL_KEY_FILE)) {
    throw new ConfigError("HTTPS needs both SSL_CRT_FILE and SSL_KEY_FILE");
  }
  if (c.BOT_ID && (c.BOT_TYPE ?? "SingleTenant") === "SingleTenant" && !c.BOT_TENANT_ID) {
    throw new ConfigError("a SingleTenant bot needs BOT_TENANT_ID (without it proactive messages fail with 401)");
  }
  const graph = graphConfig(c);
  // The development identity is for a machine with no credentials at all: once a bot or Graph app is
  // configured, the norms API must check tokens too, or anyone could write norms as that identity.
  if (!c.TAB_APP_ID && (c.BOT_ID || c.GRAPH_CLIENT_ID)) {
    throw new ConfigError(
      `${c.BOT_ID ? "BOT_ID" : "GRAPH_CLIENT_ID"} is set but TAB_APP_ID is not: the norms API would accept anyone as the development user. Set TAB_APP_ID and AUTH_TENANT_ID (the Entra app of the tab), or unset the credentials to run locally without any`,
    );
  }
  return {
    ...(graph ? { graph } : {}),
    scanIntervalMs: c.PREREAD_SCAN_MINUTES * 60_000,
    port: c.PORT,
    host: c.HOST,
    production,
    ...(c.NORMS_FILE ? { normsFile: c.NORMS_FILE } : {}),
    addinDir: c.ADDIN_DIR,
    tabDir: c.TAB_DIR,
    ...(c.TAB_APP_ID && authTenant ? { auth: { tenantId: authTenant, audiences: [c.TAB_APP_ID, ...(c.TAB_APP_ID_URI ? [c.TAB_APP_ID_URI] : [])] } } : {}),
    ...(c.SSL_CRT_FILE && c.SSL_KEY_FILE ? { tls: { certFile: c.SSL_CRT_FILE, keyFile: c.SSL_KEY_FILE } } : {}),
    storage: c.AZURE_STORAGE_CONNECTION_STRING
      ? { kind: "blob", connectionString: c.AZURE_STORAGE_CONNECTION_STRING, container: c.AZURE_STORAGE_CONTAINER }
      : { kind: "file", dir: c.DATA_DIR },
    bot: {
      ...(c.BOT_ID ? { appId: c.BOT_ID } : {}),
      ...(password ? { appPassword: password } : {}),
      ...(c.BOT_TYPE ? { appType: c.BOT_TYPE } : {}),
      ...(c.BOT_TENANT_ID ? { tenantId: c.BOT_TENANT_ID } : {}),
    },
  };
}
