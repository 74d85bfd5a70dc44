// Builds the app package: manifest filled from env/.env.<env>, validated offline against the
// official schema (@microsoft/app-manifest bundles it) and our own checks, then zipped with the
// two icons into appPackage/build/appPackage.<env>.zip.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import JSZip from "jszip";
import { checkManifest } from "./checks.js";
import { fillPlaceholders, readEnv } from "./fill.js";

export interface PackageOptions {
  root: string;
  envName: string;
  /** Defaults to <root>/env. */
  envDir?: string;
  /** Defaults to <root>/appPackage. */
  packageDir?: string;
  processEnv?: NodeJS.ProcessEnv;
}

export type PackageResult = { ok: true; zipPath: string; files: string[] } | { ok: false; problems: string[] };

export async function buildAppPackage(options: PackageOptions): Promise<PackageResult> {
  const packageDir = options.packageDir ?? join(options.root, "appPackage");
  const manifestPath = join(packageDir, "manifest.json");
  let manifest: Record<string, unknown>;
  try {
    const values = readEnv(options.envDir ?? join(options.root, "env"), options.envName, options.processEnv);
    manifest = JSON.parse(fillPlaceholders(readFileSync(manifestPath, "utf8"), values, manifestPath)) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  const schemaProblems = await AppManifestUtils.validateAgainstSchema(manifest as never);
  const problems = [...schemaProblems.map((p) => `schema: ${p}`), ...checkManifest(manifest, packageDir)];
  if (problems.length > 0) return { ok: false, problems };

  const icons = manifest.icons as { color: string; outline: string };
  const zip = new JSZip();
  // The package holds exactly these three files; ribbon icons are served by our web host.
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  zip.file(icons.color, readFileSync(join(packageDir, icons.color)));
  zip.file(icons.outline, readFileSync(join(packageDir, icons.outline)));
  const buildDir = join(packageDir, "build");
  mkdirSync(buildDir, { recursive: true });
  const zipPath = join(buildDir, `appPackage.${options.envName}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return { ok: true, zipPath, files: Object.keys(zip.files) };
}
