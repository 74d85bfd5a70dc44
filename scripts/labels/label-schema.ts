// One labeller's reading of one message, as GUIDE.md (test/corpus/enron-pool) defines it.
import { z } from "zod";

export const LEVELS = ["deadline", "blocking", "low", "fyi", "none"] as const;

/** The fields of a label, before the checks that tie them together. */
export const LabelFields = z.object({
  file: z.string().regex(/^p\d{5}\.eml$/),
  asks: z.array(z.string().min(1)),
  signals: z.array(z.string().min(1)),
  level: z.enum(LEVELS),
  covered: z.boolean().nullable(),
  flag: z.boolean(),
  ambiguous: z.boolean(),
  why: z.string(),
});

export const LabelSchema = LabelFields.superRefine((label, ctx) => {
  if (label.flag !== (label.asks.length > 0 && label.covered === false)) {
    ctx.addIssue({ code: "custom", message: "flag must be true exactly when there are asks and covered is false" });
  }
  if ((label.asks.length === 0) !== (label.covered === null)) {
    ctx.addIssue({ code: "custom", message: "covered is null exactly when there are no asks" });
  }
});
export type Label = z.infer<typeof LabelSchema>;

/** Reads JSON lines; each bad line comes back as a problem naming its line. */
export function parseLabelLines(text: string): { labels: Label[]; problems: string[] } {
  const labels: Label[] = [];
  const problems: string[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not valid JSON`);
      return;
    }
    const parsed = LabelSchema.safeParse(value);
    if (parsed.success) labels.push(parsed.data);
    else problems.push(`line ${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "label"}: ${issue.message}`).join("; ")}`);
  });
  return { labels, problems };
}

/** Whitespace collapsed and quotes straightened, for finding a quoted sentence in the message. */
export const flat = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
