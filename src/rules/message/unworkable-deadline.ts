import { formatTime, inZone, lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, workCalendar } from "../work-calendar.js";
import { defineMessageRule } from "../rule.js";

export default defineMessageRule({
  id: "unworkable-deadline",
  severity: "warning",
  check(ctx) {
    const cal = workCalendar(ctx.norms);
    return ctx.deadlines().flatMap((deadline) => {
      const range = { start: deadline.start, end: deadline.end };
      const say = ctx.say.rules["unworkable-deadline"];
      const when = `${ctx.formatDay(deadline.at)}${deadline.at.hour === 0 ? "" : `, ${formatTime(deadline.at)}`}`;
      if (deadline.isPast) {
        return [{ message: say.past({ words: ctx.quote(deadline.text), when }), range }];
      }
      if (deadline.onNonWorkingDay) {
        // "today" on a Sunday: the Friday before has passed, so only the Monday after is offered.
        const previous = lastWorkingDayOnOrBefore(deadline.at, cal);
        const before = previous.startOf("day") < inZone(ctx.now, cal).startOf("day") ? null : ctx.formatDay(previous);
        const after = ctx.formatDay(nextWorkingDayOnOrAfter(deadline.at, cal));
        return [
          {
            message: say.nonWorkingDay({ words: ctx.quote(deadline.text), weekday: deadline.at.setLocale(ctx.say.locale).toFormat("cccc"), before, after }),
            range,
          },
        ];
      }
      return [];
    });
  },
});
