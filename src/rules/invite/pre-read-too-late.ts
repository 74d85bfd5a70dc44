import { atMinutes, formatTime, inZone, nextWorkingDayOnOrAfter } from "../work-calendar.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "pre-read-too-late",
  severity: "warning",
  check(ctx) {
    if (!ctx.isMeeting()) return [];
    const notice = ctx.norms.preReadNoticeHours;
    const hours = (ctx.start().toMillis() - ctx.now.getTime()) / 3_600_000;
    // A meeting already past when sent is not a question of notice.
    if (hours < 0 || hours >= notice) return [];
    const earliest = inZone(ctx.now, ctx.cal).plus({ hours: notice });
    let suggestion = nextWorkingDayOnOrAfter(earliest, ctx.cal);
    if (suggestion.toMillis() !== earliest.toMillis()) suggestion = atMinutes(suggestion, ctx.cal.startMinutes);
    return [{ message: ctx.say.rules["pre-read-too-late"].message({ hours, notice, day: ctx.formatDay(suggestion), time: formatTime(suggestion) }) }];
  },
});
