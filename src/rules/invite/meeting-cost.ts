import { formatPersonHours as personHours } from "../invite-context.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "meeting-cost",
  title: "Meeting cost",
  severity: "info",
  readsWords: false,
  summary: "The invite shows what the meeting costs: people × duration.",
  check(ctx) {
    if (!ctx.isMeeting() || ctx.durationHours() === 0) return [];
    const minutes = Math.round(ctx.durationHours() * 60);
    const length = minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
    let message = `This meeting costs ${personHours(ctx.personHours())} (${ctx.people()} people × ${length}).`;
    const recurrence = ctx.recurrence();
    if (recurrence) {
      message += ` It repeats ${recurrence.label}: about ${personHours(ctx.personHours() * recurrence.perMonth)} a month. Audit it now and then: is every instance still needed?`;
    }
    return [{ message }];
  },
});
