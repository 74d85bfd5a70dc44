// Plain-text mail from older clients is hard-wrapped at a fixed column (about 72–80 characters):
// a sentence runs over several lines. Lines that were broken only because the next word did not
// fit are joined again, so a line break inside a sentence does not end it. Lists, headers and
// short lines are left alone.

const LIST_START = /^(?:[-*•‣▪◦–·+>#]|\d{1,2}[.)]|[a-h][.)]|\(\d{1,2}\)|\[[ x]?\])\s/i;
const MIN_WIDTH = 50;
const MAX_WIDTH = 100;

/** The column the body was wrapped at: its widest line, if that is a wrapping width at all. */
function wrapWidth(lines: readonly string[]): number | null {
  let width = 0;
  for (const line of lines) width = Math.max(width, line.length);
  return width >= MIN_WIDTH && width <= MAX_WIDTH ? width : null;
}

export function unwrapLines(lines: readonly string[]): string[] {
  const width = wrapWidth(lines);
  if (width === null) return [...lines];
  // Each output line is built from its pieces and joined once: growing one string line by line
  // would copy it again for every line joined.
  const out: string[][] = [];
  let previous: string | undefined;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const head = line.trimStart();
    const firstWord = head.split(/\s/, 1)[0] ?? "";
    const joins =
      previous !== undefined &&
      previous.length >= MIN_WIDTH &&
      head !== "" &&
      !LIST_START.test(head) &&
      !previous.trimEnd().endsWith(":") &&
      // The previous line ended only because this line's first word did not fit after it.
      previous.length + 1 + firstWord.length > width - 2;
    if (joins) out[out.length - 1]?.push(head);
    else out.push([line]);
    previous = line;
  }
  return out.map((pieces) => pieces.join(" "));
}
