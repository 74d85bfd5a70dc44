import { plain } from "../language/phrases.js";
import { roundPersonHours } from "../invite-context.js";
import { defineInviteRule } from "../rule.js";

export default defineInviteRule({
  id: "could-be-async",
  severity: "info",
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
        message: ctx.say.rules["could-be-async"].message({ personHours: roundPersonHours(ctx.personHours()), recurring: ctx.recurrence() !== null }),
      },
    ];
  },
});
