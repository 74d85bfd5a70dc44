import { atMinutes, formatClock, formatTime, isWorkingDay } from "../work-calendar.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "focus-time-conflict",
  severity: "warning",
  readsWords: false,
  check(ctx) {
    const focus = ctx.cal.focus;
    if (!focus || !ctx.isMeeting()) return [];
    const start = ctx.start();
    if (!isWorkingDay(start, ctx.cal)) return [];
    const end = ctx.end() > start ? ctx.end() : start.plus({ minutes: 1 });
    const focusStart = atMinutes(start, focus.startMinutes);
    const focusEnd = atMinutes(start, focus.endMinutes);
    if (!(start < focusEnd && end > focusStart)) return [];
    return [
      {
        message: ctx.say.rules["focus-time-conflict"].message({
          weekday: start.setLocale(ctx.say.locale).toFormat("cccc"),
          start: formatTime(start),
          end: formatTime(end),
          focusStart: formatClock(focus.startMinutes),
          focusEnd: formatClock(focus.endMinutes),
        }),
      },
    ];
  },
});
