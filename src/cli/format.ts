// Output in the style of ESLint's "stylish" formatter, and the --json shape.
import { isConfident, type Finding } from "../rules/index.js";
import type { FileResult } from "./check-files.js";

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - s.length));

export function formatStylish(results: readonly FileResult[]): string {
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (result.kind === "error" || result.kind === "skipped") continue;
    const findings = result.report.findings;
    if (findings.length === 0) continue;
    out.push("", result.label ? `${result.file} (event ${result.label})` : result.file);
    for (const f of findings) {
      counts[isConfident(f) ? f.severity : "info"]++;
      const position = f.range ? `${f.range.line}:${f.range.column}` : "0:0";
      // A finding the rule is unsure of is a softer note: it says so, and does not fail the run.
      const severity = isConfident(f) ? f.severity : "maybe";
      out.push(`  ${pad(position, 6)} ${pad(severity, 8)} ${f.message}  ${f.ruleId}`);
    }
  }
  const total = counts.error + counts.warning + counts.info;
  if (total > 0) {
    out.push(
      "",
      `✖ ${total} problem${total === 1 ? "" : "s"} (${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.info} info)`,
    );
  }
  return out.join("\n");
}

export interface JsonEntry {
  file: string;
  event?: string;
  kind: "message" | "invite";
  findings: Finding[];
  detected: unknown;
}

export function toJsonEntries(results: readonly FileResult[]): JsonEntry[] {
  return results.flatMap((r) =>
    r.kind === "error" || r.kind === "skipped"
      ? []
      : [{ file: r.file, ...(r.label ? { event: r.label } : {}), kind: r.report.kind, findings: r.report.findings, detected: r.report.detected }],
  );
}

export function formatNotes(results: readonly FileResult[]): string[] {
  return results.flatMap((r) => (r.kind === "skipped" ? [`${r.file}: ${r.reason}`] : []));
}

export function formatErrors(results: readonly FileResult[]): string[] {
  return results.flatMap((r) => (r.kind === "error" ? [`${r.file}${r.label ? ` (event ${r.label})` : ""}: ${r.error}`] : []));
}
