import { atMinutes, formatTime, inZone, nextWorkingDayOnOrAfter } from "../work-calendar.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "pre-read-too-late",
  title: "Too little notice",
  severity: "warning",
  summary: "A meeting is sent with enough notice for people to read the pre-read.",
  check(ctx) {
    if (!ctx.isMeeting()) return [];
    const notice = ctx.norms.preReadNoticeHours;
    const hours = (ctx.start().toMillis() - ctx.now.getTime()) / 3_600_000;
    // A meeting already past when sent is not a question of notice.
    if (hours < 0 || hours >= notice) return [];
    const earliest = inZone(ctx.now, ctx.cal).plus({ hours: notice });
    let suggestion = nextWorkingDayOnOrAfter(earliest, ctx.cal);
    if (suggestion.toMillis() !== earliest.toMillis()) suggestion = atMinutes(suggestion, ctx.cal.startMinutes);
    const inText = hours < 1 ? `${Math.round(hours * 60)} minutes` : `${Math.round(hours)} hours`;
    return [
      {
        message:
          `This meeting starts in ${inText}, less than the team's ${notice} hours' notice: people won't have time to read anything first. ` +
          `Move it to ${ctx.formatDay(suggestion)} ${formatTime(suggestion)} or later, or settle it in writing.`,
      },
    ];
  },
});
