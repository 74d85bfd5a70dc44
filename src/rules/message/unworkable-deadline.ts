import { formatTime, lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, workCalendar } from "../work-calendar.js";
import { defineMessageRule, quote } from "../rule.js";

export default defineMessageRule({
  id: "unworkable-deadline",
  title: "Deadline that cannot work",
  severity: "warning",
  summary: "A reply-by date is in the future and on a working day.",
  check(ctx) {
    const cal = workCalendar(ctx.norms);
    return ctx.deadlines().flatMap((deadline) => {
      const range = { start: deadline.start, end: deadline.end };
      const when = `${ctx.formatDay(deadline.at)}${deadline.at.hour === 0 ? "" : `, ${formatTime(deadline.at)}`}`;
      if (deadline.isPast) {
        return [{ message: `${quote(deadline.text)} (${when}) has already passed. Give a date still ahead.`, range }];
      }
      if (deadline.onNonWorkingDay) {
        const before = ctx.formatDay(lastWorkingDayOnOrBefore(deadline.at, cal));
        const after = ctx.formatDay(nextWorkingDayOnOrAfter(deadline.at, cal));
        return [
          {
            message: `${quote(deadline.text)} falls on ${deadline.at.setLocale("en-GB").toFormat("cccc")}, outside the team's working days. Use ${before} or ${after}.`,
            range,
          },
        ];
      }
      return [];
    });
  },
});
