import { roundPersonHours } from "../invite-context.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "meeting-cost",
  severity: "info",
  readsWords: false,
  check(ctx) {
    if (!ctx.isMeeting() || ctx.durationHours() === 0) return [];
    const minutes = Math.round(ctx.durationHours() * 60);
    const recurrence = ctx.recurrence();
    const perMonth = roundPersonHours(ctx.personHours() * (recurrence?.perMonth ?? 0));
    return [
      {
        message: ctx.say.rules["meeting-cost"].message({
          personHours: roundPersonHours(ctx.personHours()),
          people: ctx.people(),
          minutes,
          recurrence,
          perMonth,
        }),
      },
    ];
  },
});
