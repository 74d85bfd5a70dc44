// The Agents Toolkit project files, read as the toolkit reads them: teamsapp.yml and teamsapp.local.yml
// against the toolkit's own JSON schema for their version, every ${{VALUE}} they (and the files they
// hand to the toolkit) use has a source before the step that needs it, and the infrastructure template
// gives the server every setting it needs in production.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { Ajv } from "ajv";
import { sanitizeBlobKey } from "botbuilder-azure-blobs/lib/sanitizeBlobKey.js";
import { parse } from "yaml";
import { CONFIG_KEYS, readConfig } from "../../src/server/config.js";
import { REMINDER_KEY_PREFIX, REMINDER_RETENTION_DAYS } from "../../src/storage/reminder-store.js";
import { evaluate } from "./arm-expressions.js";

const read = (path: string) => readFileSync(path, "utf8");
const json = <T>(path: string) => JSON.parse(read(path)) as T;

interface Step {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
type Project = { version: string; provision: Step[]; deploy?: Step[]; publish?: Step[] };
interface ArmTemplate {
  parameters: Record<string, { type: string; defaultValue?: unknown }>;
  variables: Record<string, unknown>;
  resources: { type: string; name: string; properties: Record<string, unknown> }[];
  outputs: Record<string, { type: string; value: string }>;
}

const PROJECTS = { "teamsapp.yml": "dev", "teamsapp.local.yml": "local" } as const;
const schema = json<Record<string, unknown>>("test/project/schema/yaml.schema.v1.11.json");
const template = json<ArmTemplate>("infra/azure.json");
const placeholders = (text: string) => [...text.matchAll(/\$\{\{ *([A-Z0-9_]+) *\}\}/g)].map((m) => m[1]!);

/** Names set to a value in env/.env.<env> (empty ones are written by provision, so they are no source). */
function setInEnvFile(env: string): Set<string> {
  const names = read(`env/.env.${env}`)
    .split("\n")
    .map((line) => /^([A-Z0-9_]+)=(.+)$/.exec(line.trim()))
    .filter((m) => m !== null)
    .map((m) => m[1]!);
  return new Set(names);
}

/** What the local debug task writes before provision: the dev tunnel's address. */
function writtenByTunnel(): string[] {
  const tasks = JSON.parse(
    read(".vscode/tasks.json")
      .split("\n")
      .filter((line) => !/^\s*\/\//.test(line))
      .join("\n"),
  ) as { tasks: { command?: string; args?: { ports?: { writeToEnvironmentFile: Record<string, string> }[] } }[] };
  const tunnel = tasks.tasks.find((t) => t.command === "debug-start-local-tunnel");
  return tunnel?.args?.ports?.flatMap((p) => Object.values(p.writeToEnvironmentFile)) ?? [];
}

/** The files a step hands to the toolkit, whose ${{VALUE}}s the toolkit fills in at that step. */
function filesOf(step: Step): string[] {
  const w = step.with ?? {};
  if (step.uses === "aadApp/update" || step.uses === "teamsApp/zipAppPackage" || step.uses === "teamsApp/validateManifest") return [String(w.manifestPath)];
  if (step.uses === "arm/deploy") return (w.templates as { path: string; parameters: string }[]).flatMap((t) => [t.path, t.parameters]);
  return [];
}

describe("the Agents Toolkit project files", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  for (const [file, env] of Object.entries(PROJECTS)) {
    const project = parse(read(file)) as Project;

    it(`${file} is valid against the toolkit's schema for its version (v1.11)`, () => {
      assert.equal(project.version, "v1.11");
      assert.match(read(file), /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/v1\.11\/yaml\.schema\.json$/m);
      const valid = validate(project);
      assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    });

    it(`${file}: every \${{VALUE}} has a source before the step that uses it`, () => {
      // Set by the toolkit itself: the env's name and suffix come from the env file; RESOURCE_SUFFIX is
      // generated on the first provision; the subscription and resource group are asked for by arm/deploy.
      const known = new Set([...setInEnvFile(env), "RESOURCE_SUFFIX", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME"]);
      if (env === "local") for (const name of writtenByTunnel()) known.add(name);
      const missing: string[] = [];
      for (const stage of ["provision", "deploy", "publish"] as const) {
        for (const step of project[stage] ?? []) {
          const used = [...placeholders(JSON.stringify(step.with ?? {})), ...filesOf(step).flatMap((f) => placeholders(read(f)))];
          // aadApp/update generates the scope's id when it is unset (the toolkit's own convention).
          const own = step.uses === "aadApp/update" ? ["AAD_APP_ACCESS_AS_USER_PERMISSION_ID"] : [];
          for (const name of used) if (!known.has(name) && !own.includes(name)) missing.push(`${stage} ${step.uses}: ${name}`);
          for (const name of [...Object.values(step.writeToEnvironmentFile ?? {}), ...own]) known.add(name);
          // arm/deploy writes each output under its name, upper-cased.
          if (step.uses === "arm/deploy") for (const name of Object.keys(template.outputs)) known.add(name.toUpperCase());
        }
      }
      assert.deepEqual(missing, []);
    });
  }

  it("registers a single-tenant bot on /api/messages: on the Bot Framework locally, as an Azure Bot in Azure", () => {
    const local = parse(read("teamsapp.local.yml")) as Project;
    const dev = parse(read("teamsapp.yml")) as Project;
    for (const project of [local, dev]) assert.equal(project.provision.find((s) => s.uses === "aadApp/create")?.with?.signInAudience, "AzureADMyOrg");
    assert.match(String(local.provision.find((s) => s.uses === "botFramework/create")?.with?.messagingEndpoint), /^\$\{\{BOT_ENDPOINT\}\}\/api\/messages$/);
    const bot = template.resources.find((r) => r.type === "Microsoft.BotService/botServices")!;
    assert.equal(bot.properties.msaAppType, "SingleTenant");
    assert.match(String(evaluate(bot.properties.endpoint, context())), /^https:\/\/[a-z0-9]+\.azurewebsites\.net\/api\/messages$/);
    assert.ok(template.resources.some((r) => r.type === "Microsoft.BotService/botServices/channels" && r.properties.channelName === "MsTeamsChannel"));
  });

  it("deploys the staged build to the App Service the template creates, and publishes and extends the app to Microsoft 365", () => {
    const dev = parse(read("teamsapp.yml")) as Project;
    const zip = dev.deploy?.find((s) => s.uses === "azureAppService/zipDeploy");
    assert.equal(zip?.with?.resourceId, "${{AZURE_APP_SERVICE_RESOURCE_ID}}");
    assert.equal(zip.with.artifactFolder, "./build/deploy");
    assert.ok(dev.deploy?.some((s) => s.uses === "cli/runNpmCommand" && s.with?.args === "run stage:deploy"));
    assert.match(read("scripts/stage-deploy.ts"), /"build\/deploy"/);
    assert.ok(dev.publish?.some((s) => s.uses === "teamsApp/publishAppPackage"));
    for (const file of Object.keys(PROJECTS))
      assert.ok(
        (parse(read(file)) as Project).provision.some((s) => s.uses === "teamsApp/extendToM365"),
        file,
      );
  });

  it("local debug: a dev certificate for the HTTPS pages, and .localConfigs with what the server needs for it", () => {
    const local = parse(read("teamsapp.local.yml")) as Project;
    const cert = local.provision.find((s) => s.uses === "devTool/install");
    assert.deepEqual(cert?.with, { devCert: { trust: true } });
    assert.deepEqual(cert.writeToEnvironmentFile, { sslCertFile: "SSL_CRT_FILE", sslKeyFile: "SSL_KEY_FILE" });
    const localConfigs = local.deploy?.find((s) => s.uses === "file/createOrUpdateEnvironmentFile")?.with as { target: string; envs: Record<string, string> };
    assert.equal(localConfigs.target, "./.localConfigs");
    assert.equal(localConfigs.envs.SSL_CRT_FILE, "${{SSL_CRT_FILE}}");
    for (const name of Object.keys(localConfigs.envs)) assert.ok(CONFIG_KEYS.includes(name), `.localConfigs: ${name} is a setting the server reads`);
    assert.match(read("package.json"), /"start:local": "npm run build && node --env-file=\.localConfigs dist\/server\/main\.js"/);
  });
});

/** The template's parameters as the toolkit would pass them for `dev`, with stand-in ids. */
function context() {
  const sample: Record<string, string> = {
    RESOURCE_SUFFIX: "a1b2c3",
    APP_NAME_SUFFIX: "dev",
    BOT_ID: "00000000-0000-4000-8000-0000000000b1",
    SECRET_BOT_PASSWORD: "bot-secret",
    BOT_TENANT_ID: "00000000-0000-4000-8000-00000000007e",
    TAB_APP_ID: "00000000-0000-4000-8000-0000000000a1",
    AUTH_TENANT_ID: "00000000-0000-4000-8000-00000000007e",
  };
  const file = read("infra/azure.parameters.json").replace(/\$\{\{ *([A-Z0-9_]+) *\}\}/g, (_, name: string) => sample[name] ?? `<${name}>`);
  const given = (JSON.parse(file) as { parameters: Record<string, { value: unknown }> }).parameters;
  const parameters: Record<string, unknown> = {};
  const ctx = { parameters, variables: template.variables };
  for (const [name, p] of Object.entries(template.parameters)) {
    if (name in given) parameters[name] = given[name]!.value;
    else if ("defaultValue" in p) parameters[name] = evaluate(p.defaultValue, ctx);
  }
  return ctx;
}

describe("the infrastructure template (infra/azure.json)", () => {
  it("every parameter has a source: a value in azure.parameters.json or a default, and the file sets no unknown ones", () => {
    const given = json<{ parameters: Record<string, unknown> }>("infra/azure.parameters.json").parameters;
    for (const [name, p] of Object.entries(template.parameters)) assert.ok(name in given || "defaultValue" in p, `parameter ${name} has no source`);
    for (const name of Object.keys(given)) assert.ok(name in template.parameters, `azure.parameters.json sets ${name}, which the template does not declare`);
    assert.equal(template.parameters.botAppPassword?.type, "securestring", "the bot's secret never shows in the deployment's history");
  });

  it("sets every app setting the server needs in production, and the server accepts them", () => {
    const settings = evaluate(template.resources.find((r) => r.type === "Microsoft.Web/sites/config")!.properties, context()) as Record<string, string>;
    // App Service's own settings aside, every name is one the server reads (a typo would be silently ignored).
    const ours = Object.keys(settings).filter((name) => !/^(?:WEBSITE|SCM)_/.test(name));
    for (const name of ours) assert.ok(CONFIG_KEYS.includes(name), `${name} is not a setting the server reads`);
    const config = readConfig({ ...settings, PORT: "8080" });
    assert.equal(config.production, true);
    assert.equal(config.host, "0.0.0.0", "App Service reaches the server from outside the container");
    assert.deepEqual(config.storage, {
      kind: "blob",
      container: "async-coach",
      connectionString: "DefaultEndpointsProtocol=https;AccountName=coacha1b2c3u7k2m9q4x1z5a;AccountKey=c3RvcmFnZS1rZXk=;EndpointSuffix=core.windows.net",
    });
    assert.deepEqual(config.auth, {
      tenantId: "00000000-0000-4000-8000-00000000007e",
      audiences: ["00000000-0000-4000-8000-0000000000a1", "api://coacha1b2c3.azurewebsites.net/00000000-0000-4000-8000-0000000000a1"],
    });
    assert.equal(config.graph?.clientId, "00000000-0000-4000-8000-0000000000b1");
    assert.equal(config.bot.appType, "SingleTenant");
  });

  it("its outputs give teamsapp.yml the web app, the bot's domain and the pages' domain", () => {
    const outputs = evaluate(Object.fromEntries(Object.entries(template.outputs).map(([k, v]) => [k, v.value])), context()) as Record<string, string>;
    assert.equal(outputs.BOT_DOMAIN, "coacha1b2c3.azurewebsites.net");
    assert.equal(outputs.WEB_DOMAIN, outputs.BOT_DOMAIN, "one server answers the bot and serves the pages");
    assert.match(outputs.AZURE_APP_SERVICE_RESOURCE_ID!, /\/providers\/Microsoft\.Web\/sites\/coacha1b2c3$/);
    for (const name of Object.keys(template.outputs)) assert.equal(name, name.toUpperCase(), "the toolkit writes outputs upper-cased");
  });

  it("a Linux App Service on Node LTS, HTTPS only, with a health check for its instances", () => {
    const plan = template.resources.find((r) => r.type === "Microsoft.Web/serverfarms")!;
    assert.equal(plan.properties.reserved, true, "Linux");
    const site = template.resources.find((r) => r.type === "Microsoft.Web/sites")!;
    const config = site.properties.siteConfig as Record<string, unknown>;
    assert.match(String(evaluate(config.linuxFxVersion, context())), /^NODE\|(?:20|22|24)-lts$/);
    assert.equal(site.properties.httpsOnly, true);
    assert.equal(config.healthCheckPath, "/healthz");
    assert.equal(config.appCommandLine, "node dist/server/main.js");
  });

  it("prunes reminder records: a lifecycle rule on exactly the blobs the reminder store writes", () => {
    const policy = template.resources.find((r) => r.type === "Microsoft.Storage/storageAccounts/managementPolicies")!;
    const rules = (evaluate(policy.properties, context()) as { policy: { rules: { definition: { filters: { prefixMatch: string[] }; actions: unknown } }[] } })
      .policy.rules;
    const [prefix] = rules[0]!.definition.filters.prefixMatch;
    // The blob of a reminder record is its key, URI-encoded by botbuilder-azure-blobs, in our container.
    const blobName = sanitizeBlobKey(`${REMINDER_KEY_PREFIX}user:ana@contoso.com/AAMkAD==`);
    assert.ok(`async-coach/${blobName}`.startsWith(prefix!), `${prefix} matches ${blobName}`);
    assert.ok(!`async-coach/${sanitizeBlobKey("norms/team:abc")}`.startsWith(prefix!), "norms are never pruned");
    assert.deepEqual(rules[0]!.definition.actions, { baseBlob: { delete: { daysAfterModificationGreaterThan: REMINDER_RETENTION_DAYS } } });
  });
});
