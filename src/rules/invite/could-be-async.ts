import { normalize } from "../language/phrases.js";
import { formatPersonHours } from "../invite-context.js";
import { defineInviteRule } from "../rule.js";

const STATUS =
  /\b(?:status(?: update| report| sync| meeting| check| review)?|updates?|stand-?ups?|daily scrum|round[- ]?(?:robin|table)|report[- ]outs?|announcements?|progress (?:update|report|check)|what (?:everyone|each of us|you|we) (?:is|are|did|worked)|(?:everyone|each person|each of us) (?:gives|shares|provides|goes through|reports)|share (?:your|an?) (?:update|status)|go around the (?:room|table)|weekly (?:sync|update)|fyi)\b/;

export default defineInviteRule({
  id: "could-be-async",
  severity: "info",
  summary: "Status updates and announcements go in writing; meetings are for decisions and discussion.",
  check(ctx) {
    if (!ctx.isMeeting()) return [];
    const agenda = ctx.agenda();
    if (agenda.decision || agenda.questions.length > 0) return [];
    const subject = normalize(ctx.invite.subject);
    const body = normalize(ctx.text());
    const statusTopic = STATUS.test(subject) || STATUS.test(body);
    const listAllStatus = agenda.listItems.length > 0 && agenda.listItems.every((item) => STATUS.test(normalize(item)));
    if (!statusTopic || (agenda.listItems.length > 0 && !listAllStatus)) return [];
    return [
      {
        message: `This looks like status updates only. A written or recorded update saves ${formatPersonHours(ctx.personHours())}${ctx.recurrence() ? " each time" : ""}; keep the meeting for what needs a decision.`,
      },
    ];
  },
});
