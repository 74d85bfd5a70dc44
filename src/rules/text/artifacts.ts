// Characters lost in transit: mail that went through a wrong charset shows a non-breaking space or
// a curly quote as "?" ("long time.? How's", "technology?since", a line that is only "?"). Such a
// "?" is not a question mark. Each is replaced by a space, so offsets stay as they were.

// A "?" on its own line, right after a full stop, or between two letters. After a word and a space
// it is a question mark: French puts a space before it ("Avez-vous reçu le colis ?").
const STRAY = /(^[ \t]*|[.!;:] ?)\?+(?=\s|$)|([A-Z])\?(?=[A-Z])/gim;

export function repairLostCharacters(text: string): string {
  if (!text.includes("?")) return text;
  return text.replace(STRAY, (match: string, before: string | undefined, letter: string | undefined) => {
    const keep = before ?? letter ?? "";
    return keep + " ".repeat(match.length - keep.length);
  });
}
