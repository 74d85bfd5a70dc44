// The Agents Toolkit project around the code: files a developer and the toolkit rely on.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { PNG } from "pngjs";
import { parse } from "yaml";

const read = (path: string) => readFileSync(path, "utf8");

describe("the project layout", () => {
  it("declares an ESM package with the async-coach bin on Node 20+", () => {
    const pkg = JSON.parse(read("package.json")) as Record<string, unknown>;
    assert.equal(pkg.name, "async-coach");
    assert.equal(pkg.type, "module");
    assert.deepEqual(pkg.bin, { "async-coach": "dist/cli/main.js" });
    assert.match(String((pkg.engines as Record<string, string>).node), />=20/);
    for (const dep of ["botbuilder", "@microsoft/teams-js", "@azure/msal-node", "express", "zod", "chrono-node"]) {
      assert.ok((pkg.dependencies as Record<string, string>)[dep], `${dep} is a dependency`);
    }
    assert.ok(existsSync("package-lock.json"), "the lock file is committed");
  });

  it("keeps secrets out of the committed env files and ignores the .user ones", () => {
    for (const file of ["env/.env.local", "env/.env.dev"]) {
      for (const line of read(file).split("\n")) {
        if (/^\s*#/.test(line) || !line.includes("=")) continue;
        const [name, value] = line.split("=", 2);
        if (/SECRET|PASSWORD|KEY/i.test(name ?? "")) assert.equal(value?.trim(), "", `${file}: ${name} must be empty`);
      }
    }
    assert.match(read(".gitignore"), /^env\/\.env\.\*\.user$/m);
  });

  it("ships the two icons Teams requires, at their sizes", () => {
    const color = PNG.sync.read(readFileSync("appPackage/color.png"));
    const outline = PNG.sync.read(readFileSync("appPackage/outline.png"));
    assert.deepEqual([color.width, color.height], [192, 192]);
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    // The outline icon is white on transparent.
    for (let i = 0; i < outline.data.length; i += 4) {
      const alpha = outline.data[i + 3] ?? 0;
      if (alpha > 0) assert.deepEqual([...outline.data.subarray(i, i + 3)], [255, 255, 255]);
    }
    assert.ok(
      outline.data.some((_, i) => i % 4 === 3 && outline.data[i] === 0),
      "some pixels are transparent",
    );
  });

  it("has a unified manifest that names its schema and icons", () => {
    const manifest = JSON.parse(read("appPackage/manifest.json")) as Record<string, unknown>;
    assert.equal(manifest.manifestVersion, "1.22");
    assert.match(String(manifest.$schema), /v1\.22\/MicrosoftTeams\.schema\.json$/);
    assert.deepEqual(manifest.icons, { color: "color.png", outline: "outline.png" });
  });

  it("declares the norms tabs on pages we build, and an SSO app whose API is the one Teams asks tokens for", () => {
    const manifest = JSON.parse(read("appPackage/manifest.json")) as {
      configurableTabs: { configurationUrl: string; scopes: string[] }[];
      staticTabs: { entityId: string; contentUrl?: string; scopes: string[] }[];
      webApplicationInfo: { id: string; resource: string };
    };
    const page = (url: string) => `src/tab/pages/${url.replace("https://${{WEB_DOMAIN}}/tab/", "")}`;
    assert.ok(existsSync(page(manifest.configurableTabs[0]!.configurationUrl)));
    assert.deepEqual(manifest.configurableTabs[0]!.scopes, ["team", "groupChat"]);
    const personal = manifest.staticTabs.find((t) => t.contentUrl);
    assert.ok(personal && existsSync(page(personal.contentUrl!)) && personal.scopes.includes("personal"));
    const aad = JSON.parse(read("aad.manifest.json")) as { identifierUris: string[]; api: { preAuthorizedApplications: { appId: string }[] } };
    assert.deepEqual(aad.identifierUris, [manifest.webApplicationInfo.resource]);
    const clients = aad.api.preAuthorizedApplications.map((a) => a.appId);
    // Teams desktop/mobile and Teams on the web must be allowed to get a token without a consent prompt.
    for (const teams of ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"]) assert.ok(clients.includes(teams));
    for (const file of ["teamsapp.yml", "teamsapp.local.yml"]) {
      const steps = (parse(read(file)) as { provision: { uses: string; with?: Record<string, unknown> }[] }).provision;
      assert.ok(
        steps.some((s) => s.uses === "aadApp/update" && s.with?.manifestPath === "./aad.manifest.json"),
        `${file} applies aad.manifest.json`,
      );
    }
  });

  it("declares the bot and the message-extension commands the bot answers", () => {
    const manifest = JSON.parse(read("appPackage/manifest.json")) as {
      bots: { botId: string }[];
      composeExtensions: { botId: string; commands: { id: string; type: string; context: string[] }[] }[];
    };
    const botId = manifest.bots[0]?.botId;
    assert.equal(botId, "${{BOT_ID}}");
    assert.equal(manifest.composeExtensions[0]?.botId, botId, "the message extension is served by the same bot");
    // The message extension is answered by the check module the bot routes it to.
    const handler = read("src/bot/handlers/check.ts");
    for (const command of manifest.composeExtensions[0]?.commands ?? []) {
      assert.equal(command.type, "action");
      // "checkMessage" is matched by name; every other action command opens the draft dialog.
      if (command.context.includes("message")) assert.match(handler, new RegExp(`commandId === "${command.id}"`));
    }
    assert.deepEqual(
      manifest.composeExtensions[0]?.commands.map((c) => c.id),
      ["checkDraft", "checkMessage"],
    );
  });
});
