#!/usr/bin/env node
// async-coach check [--json] [--norms FILE] [--now ISO] [--locale TAG] FILE...
// Exit 0: no error-level finding; 1: at least one; 2: bad usage or a file that could not be read.
import { realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { baseLanguage, findingWordsFor, UI_LANGUAGES } from "../i18n/index.js";
import { isConfident, parseNorms, type Norms } from "../rules/index.js";
import { checkFiles } from "./check-files.js";
import { formatErrors, formatNotes, formatStylish, toJsonEntries } from "./format.js";

const USAGE = `Usage: async-coach check [--json] [--norms FILE] [--now ISO-TIME] [--locale TAG] FILE...

Checks e-mail drafts (.eml), meeting invites (.ics), chat messages (.txt) and
drafts or invites in JSON (.json) against your team's async norms.

Options:
  --json         print one JSON array, one entry per checked message or event
  --norms FILE   team norms as JSON (defaults apply to anything left out)
  --now ISO      the time to judge deadlines against when a file has none
  --locale TAG   the language findings are written in: en, de, fr or es (default en)
  -h, --help     show this help

Exit codes: 0 no errors, 1 error-level findings the rules are sure of, 2 bad usage or unreadable file.`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        norms: { type: "string" },
        now: { type: "string" },
        locale: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    io.err(`async-coach: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== "check" || files.length === 0) {
    io.err(command && command !== "check" ? `async-coach: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 2;
  }

  let norms: Norms;
  try {
    norms = await loadNorms(values.norms);
  } catch (error) {
    io.err(`async-coach: ${(error as Error).message}`);
    return 2;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    io.err(`async-coach: --now "${values.now}" is not a date (use ISO 8601, e.g. 2026-03-02T09:00:00Z)`);
    return 2;
  }

  if (values.locale !== undefined && !(UI_LANGUAGES as readonly string[]).includes(baseLanguage(values.locale))) {
    io.err(`async-coach: --locale "${values.locale}" is not a language Async Coach writes (${UI_LANGUAGES.join(", ")})`);
    return 2;
  }

  const results = await checkFiles(files, norms, now, findingWordsFor(values.locale));
  const errors = formatErrors(results);
  if (values.json) io.out(JSON.stringify(toJsonEntries(results), null, 2));
  else {
    const text = formatStylish(results);
    if (text) io.out(text);
  }
  for (const line of formatNotes(results)) io.err(`async-coach: note: ${line}`);
  for (const line of errors) io.err(`async-coach: ${line}`);
  if (errors.length > 0) return 2;
  const hasError = results.some(
    (r) => (r.kind === "message" || r.kind === "invite") && r.report.findings.some((f) => f.severity === "error" && isConfident(f)),
  );
  return hasError ? 1 : 0;
}

async function loadNorms(file: string | undefined): Promise<Norms> {
  if (!file) {
    const result = parseNorms({});
    if (!result.ok) throw new Error("default norms are invalid");
    return result.norms;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: cannot read norms (${(error as Error).message.split("\n")[0]})`, { cause: error });
  }
  const result = parseNorms(json);
  if (!result.ok) throw new Error(`${file}: invalid norms:\n  ${result.errors.join("\n  ")}`);
  return result.norms;
}

function isEntryPoint(): boolean {
  try {
    // npm's bin link points here through a symlink.
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  run(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`async-coach: internal error: ${(error as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
