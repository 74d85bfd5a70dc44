// Characters lost in transit: mail that went through a wrong charset shows a non-breaking space or
// a curly quote as "?" ("long time.? How's", "technology?since", a line that is only "?"). Such a
// "?" is not a question mark. Each is replaced by a space, so offsets stay as they were.

// A "?" alone between spaces or on its own line, right after a full stop, or between two letters.
const STRAY = /(^|[\s.!;:])\?+(?=\s|$)|([A-Za-z])\?(?=[A-Za-z])/gm;

export function repairLostCharacters(text: string): string {
  if (!text.includes("?")) return text;
  return text.replace(STRAY, (match: string, before: string | undefined, letter: string | undefined) => {
    const keep = before ?? letter ?? "";
    return keep + " ".repeat(match.length - keep.length);
  });
}
