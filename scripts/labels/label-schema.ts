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

/** The checks that tie a label's fields together, for the pool's labels and the invented ones alike. */
export function tiedTogether(label: { asks: string[]; covered: boolean | null; flag: boolean }, ctx: z.RefinementCtx): void {
  if (label.flag !== (label.asks.length > 0 && label.covered === false)) {
    ctx.addIssue({ code: "custom", message: "flag must be true exactly when there are asks and covered is false" });
  }
  if ((label.asks.length === 0) !== (label.covered === null)) {
    ctx.addIssue({ code: "custom", message: "covered is null exactly when there are no asks" });
  }
}

export const LabelSchema = LabelFields.superRefine(tiedTogether);
export type Label = z.infer<typeof LabelSchema>;

/** Reads JSON lines against a schema; each bad line comes back as a problem naming its line. */
export function parseJsonLines<T>(text: string, schema: z.ZodType<T>): { items: { line: number; value: T }[]; problems: string[] } {
  const items: { line: number; value: T }[] = [];
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
    const parsed = schema.safeParse(value);
    if (parsed.success) items.push({ line: i + 1, value: parsed.data });
    else problems.push(`line ${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "label"}: ${issue.message}`).join("; ")}`);
  });
  return { items, problems };
}

/** Reads the pool's label lines. */
export function parseLabelLines(text: string): { labels: Label[]; problems: string[] } {
  const { items, problems } = parseJsonLines(text, LabelSchema);
  return { labels: items.map((item) => item.value), problems };
}

/** Whitespace collapsed and quotes straightened, for finding a quoted sentence in the message. */
export const flat = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
