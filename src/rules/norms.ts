// Team norms: the numbers and phrases a team tunes. Every rule reads them; nothing is hard-coded
// to one team. Validated with zod; every field has a default, so `{}` is a complete set of norms.
import { READ_LANGUAGES } from "./language/index.js";
import * as z from "zod/mini";
import { describeZodError, SeveritySchema } from "./schema.js";

export const MESSAGE_RULE_IDS = [
  "missing-response-level",
  "vague-deadline",
  "unworkable-deadline",
  "unexplained-urgency",
  "mixed-signals",
  "greeting-only",
  "suggest-call",
  "long-message-without-fyi",
  "language-not-checked",
] as const;

export const INVITE_RULE_IDS = [
  "missing-pre-read",
  "no-stated-purpose",
  "pre-read-too-late",
  "could-be-async",
  "meeting-cost",
  "focus-time-conflict",
  "missing-attachment",
  "language-not-checked",
] as const;

export type MessageRuleId = (typeof MESSAGE_RULE_IDS)[number];
export type InviteRuleId = (typeof INVITE_RULE_IDS)[number];
export type RuleId = MessageRuleId | InviteRuleId;
export const RULE_IDS: readonly RuleId[] = [...new Set<RuleId>([...MESSAGE_RULE_IDS, ...INVITE_RULE_IDS])];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const knownZones = new Map<string, boolean>();

/** True for a time zone the runtime knows (IANA names such as Europe/Berlin). Memoised: it is asked often. */
export function isTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(name, known);
  }
  return known;
}

const clock = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: "use 24-hour HH:MM, e.g. 09:00" }));

const span = z.object({ start: clock, end: clock }).check(z.refine((s) => s.start < s.end, { message: "start must be before end", path: ["end"] }));

const phrases = z._default(z.array(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))).check(z.maxLength(100)), []);
/** A whole number of days within a range, with its default. */
const days = (fallback: number) => z._default(z.int().check(z.gte(0), z.lte(30)), fallback);

const ruleSetting = z.union([SeveritySchema, z.literal("off")]);

export const NormsSchema = z.strictObject({
  timeZone: z._default(z.string().check(z.refine(isTimeZone, { message: "not a known IANA time zone (e.g. Europe/Berlin)" })), "UTC"),
  workingDays: z._default(z.array(z.enum(WEEKDAYS)).check(z.minLength(1, { message: "at least one working day" })), ["mon", "tue", "wed", "thu", "fri"]),
  workingHours: z._default(span, { start: "09:00", end: "17:00" }),
  /** Protected time with no meetings; null turns it off. */
  focusWindow: z._default(z.nullable(span), { start: "09:00", end: "12:00" }),
  preReadNoticeHours: z._default(z.number().check(z.gte(0), z.lte(24 * 14)), 24),
  /** Expected reply time per channel, in business days: 0 means the same business day. */
  replyWithinBusinessDays: z._default(z.object({ chat: days(0), email: days(1), blocking: days(0) }), { chat: 0, email: 1, blocking: 0 }),
  /** Extra phrases that count as a response-level signal, on top of the built-in ones. */
  signalPhrases: z._default(z.object({ fyi: phrases, input: phrases, blocking: phrases }), { fyi: [], input: [], blocking: [] }),
  /** A message with no ask longer than this reads better with "FYI". */
  longMessageWords: z._default(z.int().check(z.gte(20), z.lte(10_000)), 150),
  /** The language a draft is read in when its text is too short to tell (ISO 639-1). */
  language: z._default(
    z.string().check(z.refine((code) => READ_LANGUAGES.has(code), { message: `a language the checks read: ${[...READ_LANGUAGES].join(", ")}` })),
    "en",
  ),
  /** Severity override or "off", per rule id. */
  rules: z._default(z.partialRecord(z.enum(RULE_IDS as [RuleId, ...RuleId[]]), ruleSetting), {}),
});

export type Norms = z.infer<typeof NormsSchema>;
export type NormsInput = z.input<typeof NormsSchema>;

// Norms that came out of the schema, so checks are not re-validated on every call.
const validated = new WeakSet<object>();

export const DEFAULT_NORMS: Norms = NormsSchema.parse({});
validated.add(DEFAULT_NORMS);

export type NormsResult = { ok: true; norms: Norms } | { ok: false; errors: string[] };

/** Validates norms from any source (a JSON file, a settings form, an API body). */
export function parseNorms(value: unknown): NormsResult {
  const result = NormsSchema.safeParse(value ?? {});
  if (result.success) {
    validated.add(result.data);
    return { ok: true, norms: result.data };
  }
  return { ok: false, errors: describeZodError(result.error) };
}

export class InvalidNormsError extends Error {
  constructor(readonly errors: string[]) {
    super(`invalid team norms: ${errors.join("; ")}`);
    this.name = "InvalidNormsError";
  }
}

/** Accepts already-parsed norms or raw input; throws InvalidNormsError naming each bad field. */
export function resolveNorms(value?: NormsInput | Norms): Norms {
  if (value === undefined) return DEFAULT_NORMS;
  if (typeof value === "object" && validated.has(value)) return value as Norms;
  const result = parseNorms(value);
  if (!result.ok) throw new InvalidNormsError(result.errors);
  return result.norms;
}
