// Resolves reply-by phrases through the public check, as every surface does, and compares the
// moment with the one expected.
import { checkMessage, parseNorms, type Norms } from "../../src/rules/index.js";
import { REPLY_BY_NOW, type ReplyByPhrase } from "./reply-by-phrases.js";

export interface ReplyByResult {
  phrase: ReplyByPhrase;
  got: string | null;
  right: boolean;
}

/** One norms object per zone: the rules build their date parser once per norms object, not per phrase. */
const normsByZone = new Map<string, Norms>();
function normsIn(zone: string): Norms {
  let norms = normsByZone.get(zone);
  if (!norms) {
    const parsed = parseNorms({ timeZone: zone });
    if (!parsed.ok) throw new Error(`not a time zone: ${zone}`);
    norms = parsed.norms;
    normsByZone.set(zone, norms);
  }
  return norms;
}

export function resolveReplyBy(phrase: ReplyByPhrase): string | null {
  const report = checkMessage({ bodyText: phrase.text, sentAt: phrase.now ?? REPLY_BY_NOW }, normsIn(phrase.zone ?? "UTC"));
  return report.detected.deadline?.at ?? null;
}

export function scoreReplyBy(phrases: readonly ReplyByPhrase[]): ReplyByResult[] {
  return phrases.map((phrase) => {
    const got = resolveReplyBy(phrase);
    return { phrase, got, right: got !== null && Date.parse(got) === Date.parse(phrase.expected) };
  });
}
