import { plain } from "../language/phrases.js";
import { formatPersonHours } from "../invite-context.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "could-be-async",
  title: "Could be async",
  severity: "info",
  summary: "Status updates and announcements go in writing; meetings are for decisions and discussion.",
  check(ctx) {
    if (!ctx.isMeeting()) return [];
    const agenda = ctx.agenda();
    const { status } = ctx.language.meetings;
    if (agenda.decision || agenda.questions.length > 0) return [];
    const subject = plain(ctx.invite.subject);
    const body = plain(ctx.text());
    const statusTopic = status.test(subject) || status.test(body);
    const listAllStatus = agenda.listItems.length > 0 && agenda.listItems.every((item) => status.test(plain(item)));
    if (!statusTopic || (agenda.listItems.length > 0 && !listAllStatus)) return [];
    return [
      {
        message: `This looks like status updates only. A written or recorded update saves ${formatPersonHours(ctx.personHours())}${ctx.recurrence() ? " each time" : ""}; keep the meeting for what needs a decision.`,
      },
    ];
  },
});
