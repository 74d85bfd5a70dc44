import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { buildAppPackage } from "../../scripts/app-package/build.js";

const temps: string[] = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of appPackage/ to break, with the CI environment. */
function workspace(edit?: (manifest: any) => void): string {
  const root = mkdtempSync(join(tmpdir(), "async-coach-package-"));
  temps.push(root);
  cpSync("appPackage", join(root, "appPackage"), { recursive: true, filter: (src) => !src.includes("/build") });
  cpSync("env/.env.ci", join(root, "env", ".env.ci"));
  if (edit) {
    const file = join(root, "appPackage", "manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    edit(manifest);
    writeFileSync(file, JSON.stringify(manifest, null, 2));
  }
  return root;
}

async function problemsOf(root: string): Promise<string[]> {
  const result = await buildAppPackage({ root, envName: "ci" });
  assert.equal(result.ok, false, "the package must be refused");
  return result.ok ? [] : result.problems;
}

describe("npm run package", () => {
  it("builds a zip holding exactly the filled manifest and the two icons", async () => {
    const root = workspace();
    const result = await buildAppPackage({ root, envName: "ci" });
    assert.ok(result.ok, result.ok ? "" : result.problems.join("\n"));
    const zip = await JSZip.loadAsync(readFileSync(result.zipPath));
    assert.deepEqual(Object.keys(zip.files).sort(), ["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    assert.equal(manifest.id, "00000000-0000-4000-8000-00000000c1c1");
    assert.equal(manifest.bots[0].botId, "00000000-0000-4000-8000-00000000b07b");
    assert.doesNotMatch(JSON.stringify(manifest), /\$\{\{/);
    assert.equal(manifest.name.short, "Async Coachci");
    assert.equal(manifest.staticTabs[0].contentUrl, "https://async-coach.example.com/tab/norms.html");
    assert.equal(manifest.webApplicationInfo.resource, "api://async-coach.example.com/00000000-0000-4000-8000-0000000055a0");
  });

  it("names every variable the environment is missing", async () => {
    const root = workspace();
    writeFileSync(join(root, "env", ".env.ci"), "TEAMS_APP_ID=\nWEB_DOMAIN=x.example.com\n");
    const problems = await problemsOf(root);
    assert.match(problems[0] ?? "", /no value for TEAMS_APP_ID, APP_NAME_SUFFIX, BOT_ID/);
  });

  it("refuses an XML event name, with a hint", async () => {
    const problems = await problemsOf(workspace((m) => (m.extensions[0].autoRunEvents[0].events[4].type = "OnMessageSend")));
    assert.ok(
      problems.some((p) => /unknown event "OnMessageSend" \(that is the XML manifest's name/.test(p)),
      problems.join("\n"),
    );
  });

  it("refuses an event whose action no runtime defines", async () => {
    const problems = await problemsOf(workspace((m) => (m.extensions[0].autoRunEvents[0].events[0].actionId = "onNothing")));
    assert.ok(
      problems.some((p) => /runs action "onNothing", which no runtime defines/.test(p)),
      problems.join("\n"),
    );
  });

  it("refuses sendMode on a non-send event, and the admin-only block mode", async () => {
    const problems = await problemsOf(
      workspace((m) => {
        m.extensions[0].autoRunEvents[0].events[0].options = { sendMode: "promptUser" };
        m.extensions[0].autoRunEvents[0].events[4].options = { sendMode: "block" };
      }),
    );
    assert.ok(
      problems.some((p) => /sendMode is only for send events, not "newMessageComposeCreated"/.test(p)),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((p) => /"block" is for admins only/.test(p)),
      problems.join("\n"),
    );
  });

  it("refuses a message extension served by another bot", async () => {
    const problems = await problemsOf(workspace((m) => (m.composeExtensions[0].botId = "00000000-0000-4000-8000-000000000bad")));
    assert.ok(
      problems.some((p) => /composeExtensions\[0\]\.botId .* is not the bot's id/.test(p)),
      problems.join("\n"),
    );
  });

  it("refuses a missing icon and an icon of the wrong size", async () => {
    const missing = workspace();
    rmSync(join(missing, "appPackage", "outline.png"));
    assert.ok((await problemsOf(missing)).some((p) => /icons\.outline: file "outline.png" is missing/.test(p)));
    const wrong = workspace();
    writeFileSync(join(wrong, "appPackage", "color.png"), PNG.sync.write(new PNG({ width: 100, height: 100 })));
    assert.ok((await problemsOf(wrong)).some((p) => /icons\.color: color\.png is 100x100, must be 192x192/.test(p)));
  });

  it("refuses tab pages off the valid domains and an SSO resource that is not api://<domain>/<app id>", async () => {
    const problems = await problemsOf(
      workspace((m) => {
        m.staticTabs[0].contentUrl = "https://elsewhere.example.net/tab/norms.html";
        m.configurableTabs[0].configurationUrl = "http://${{WEB_DOMAIN}}/tab/config.html";
        m.webApplicationInfo.resource = "api://${{TAB_APP_ID}}";
      }),
    );
    assert.ok(
      problems.some((p) => /staticTabs\[0\]\.contentUrl: .* must be an https:\/\/ address on one of validDomains/.test(p)),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((p) => /configurableTabs\[0\]\.configurationUrl/.test(p)),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((p) => /webApplicationInfo\.resource .* must be "api:\/\/<one of validDomains>\//.test(p)),
      problems.join("\n"),
    );
  });

  it("reports what the official schema finds", async () => {
    const problems = await problemsOf(workspace((m) => (m.composeExtensions[0].commands[0].type = "banana")));
    assert.ok(
      problems.some((p) => /^schema: .*commands\/0\/type must be equal to one of the allowed values/.test(p)),
      problems.join("\n"),
    );
  });
});
