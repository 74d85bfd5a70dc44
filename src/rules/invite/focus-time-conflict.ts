import { atMinutes, formatClock, formatTime, isWorkingDay } from "../work-calendar.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "focus-time-conflict",
  title: "In focus time",
  severity: "warning",
  readsWords: false,
  summary: "Meetings stay out of the team's protected focus time.",
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
        message:
          `${start.setLocale("en-GB").toFormat("cccc")} ${formatTime(start)}–${formatTime(end)} falls in the team's focus time ` +
          `(${formatClock(focus.startMinutes)}–${formatClock(focus.endMinutes)}, no meetings). Move it to ${formatClock(focus.endMinutes)} or later.`,
      },
    ];
  },
});
