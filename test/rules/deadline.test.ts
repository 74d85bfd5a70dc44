import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { findDeadlines, suggestedReplyBy } from "../../src/rules/deadline/index.js";
import { checkMessage } from "../../src/rules/index.js";
import { resolveNorms } from "../../src/rules/norms.js";
import { splitSentences } from "../../src/rules/text/sentences.js";

const UTC = resolveNorms({});
const BERLIN = resolveNorms({ timeZone: "Europe/Berlin" });
// Monday 2 March 2026, 09:00 UTC.
const MONDAY = new Date("2026-03-02T09:00:00Z");

/** The reply-by the check reports for a draft: only a date that belongs to an ask. */
function deadlineOf(text: string, norms = UTC, now = MONDAY): string | null {
  const at = checkMessage({ bodyText: text, sentAt: now.toISOString() }, norms).detected.deadline?.at;
  return at ? DateTime.fromISO(at, { setZone: true }).toISO({ suppressMilliseconds: true }) : null;
}

describe("reply-by deadlines", () => {
  const cases: [string, string | null][] = [
    ["Can you review it by Thursday?", "2026-03-05T17:00:00Z"],
    ["Please reply by Thursday 5 March.", "2026-03-05T17:00:00Z"],
    ["Can you send it by Wednesday noon?", "2026-03-04T12:00:00Z"],
    ["Can you do it before our Thursday 2pm call?", "2026-03-05T14:00:00Z"],
    ["Please sign it by end of day tomorrow.", "2026-03-03T17:00:00Z"],
    ["Send it by EOD.", "2026-03-02T17:00:00Z"],
    ["Need it by COB Friday.", "2026-03-06T17:00:00Z"],
    ["Please review by EOW.", "2026-03-06T17:00:00Z"],
    ["Please review by end of next week.", "2026-03-13T17:00:00Z"],
    ["Can you finish it by the end of the month?", "2026-03-31T17:00:00Z"],
    ["An answer by the 11th would help.", "2026-03-11T17:00:00Z"],
    ["Can you review it in 3 business days?", "2026-03-05T17:00:00Z"],
    ["Could you update the doc before Friday's standup?", "2026-03-06T09:00:00Z"],
    ["Can you send it today?", "2026-03-02T17:00:00Z"],
    ["Could you confirm before Friday?", "2026-03-06T09:00:00Z"],
    ["Is the newsletter still going out on the 10th?", null],
    ["Can we move the 1:1 to Tuesday?", null],
    ["Happy Friday everyone!", null],
    // Number words that are no clock time.
    ["Can you book a room for five to ten people?", null],
    ["Could you spend half an hour on it?", null],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${expected ?? "no deadline"}`, () => {
      assert.equal(deadlineOf(text), expected);
    });
  }

  it("reads dates in the team's time zone, with its working hours", () => {
    assert.equal(deadlineOf("Send it by EOD.", BERLIN), "2026-03-02T17:00:00+01:00");
    const late = resolveNorms({ timeZone: "Europe/Berlin", workingHours: { start: "10:00", end: "19:00" } });
    assert.equal(deadlineOf("By Thursday please.", late), "2026-03-05T19:00:00+01:00");
  });

  it("takes 'today' in the team's zone, not in UTC", () => {
    // 23:30 UTC on Monday is already Tuesday in Tokyo.
    const tokyo = resolveNorms({ timeZone: "Asia/Tokyo" });
    assert.equal(deadlineOf("Can you send it today?", tokyo, new Date("2026-03-02T23:30:00Z")), "2026-03-03T17:00:00+09:00");
  });

  it("moves a weekday to the coming one, but keeps an explicit past date in the past", () => {
    const friday = new Date("2026-03-06T09:00:00Z");
    assert.equal(deadlineOf("Can you review by Thursday?", UTC, friday), "2026-03-12T17:00:00Z");
    const [found] = findDeadlines("Send it by 1 March.", splitSentences("Send it by 1 March."), MONDAY, UTC);
    assert.equal(found?.isPast, true);
  });

  it("marks a deadline on a day off", () => {
    const [found] = findDeadlines("Reply by Saturday.", splitSentences("Reply by Saturday."), MONDAY, UTC);
    assert.equal(found?.onNonWorkingDay, true);
    assert.equal(found?.text, "Saturday");
  });

  it("suggests reply-by dates from the team's working days", () => {
    // Friday afternoon + 1 business day = Monday.
    const friday = new Date("2026-03-06T15:00:00Z");
    assert.equal(suggestedReplyBy(friday, 1, UTC).toISODate(), "2026-03-09");
    // Same business day after working hours rolls to the next working day.
    assert.equal(suggestedReplyBy(new Date("2026-03-02T18:00:00Z"), 0, UTC).toISODate(), "2026-03-03");
    assert.equal(suggestedReplyBy(MONDAY, 0, UTC).toISO({ suppressMilliseconds: true }), "2026-03-02T17:00:00Z");
  });
});
