// Checks files: read each into items, run the rule module, keep each result with its file.
import type { FindingWords } from "../i18n/index.js";
import { check, type Norms, type Report } from "../rules/index.js";
import { readCheckItems } from "./read-file.js";

export type FileResult =
  | { file: string; label?: string; kind: Report["kind"]; report: Report }
  | { file: string; label?: string; kind: "error"; error: string }
  | { file: string; kind: "skipped"; reason: string };

/** `say`: the words of the findings (English by default). */
export async function checkFiles(files: readonly string[], norms: Norms, now: Date, say?: FindingWords): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    for (const item of await readCheckItems(file, norms.timeZone)) {
      if (item.status === "skipped") {
        results.push({ file, kind: "skipped", reason: item.reason });
        continue;
      }
      const label = item.label ? { label: item.label } : {};
      if (item.status === "error") {
        results.push({ file, ...label, kind: "error", error: item.error });
        continue;
      }
      const report = check(item.input, norms, now, say);
      results.push({ file, ...label, kind: report.kind, report });
    }
  }
  return results;
}
