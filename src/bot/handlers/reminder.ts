// The buttons of a pre-read reminder: not needed for this meeting, or remind me later.
import type { TurnContext } from "botbuilder";
import { uiWordsFor } from "../../i18n/ui.js";
import { normsKey, userScope } from "../../storage/norms-scope.js";
import { repliesFor, type BotDependencies } from "../turn.js";

/** "Remind me later": again in 4 hours, or an hour before the meeting if that is sooner (but not within 30 minutes). */
export function snoozeUntil(now: Date, start: Date | undefined): Date {
  const later = now.getTime() + 4 * 3_600_000;
  const beforeMeeting = start ? start.getTime() - 3_600_000 : later;
  return new Date(Math.max(now.getTime() + 30 * 60_000, Math.min(later, beforeMeeting)));
}

export async function answerReminder(deps: BotDependencies, context: TurnContext, value: Record<string, unknown>): Promise<void> {
  const preRead = deps.preRead;
  const userId = context.activity.from?.aadObjectId;
  const eventId = typeof value.eventId === "string" ? value.eventId : undefined;
  // A person answers only for meetings in their own mailbox.
  const record = preRead && userId && eventId ? await preRead.reminders.get(userId, eventId) : undefined;
  const say = repliesFor(context);
  if (!preRead || !userId || !eventId || !record) {
    await context.sendActivity(say.reminderGone);
    return;
  }
  const now = new Date();
  if (value.action === "preReadDismiss") {
    await preRead.reminders.dismiss(userId, eventId, now);
    await context.sendActivity(say.dismissed);
    return;
  }
  const start = typeof value.start === "string" && !Number.isNaN(Date.parse(value.start)) ? new Date(value.start) : undefined;
  const until = snoozeUntil(now, start);
  await preRead.reminders.snooze(userId, eventId, until, now);
  const timeZone = (await deps.norms.inForce(normsKey(userScope(userId)))).norms.timeZone;
  const at = new Intl.DateTimeFormat(uiWordsFor(context.activity.locale).locale, {
    weekday: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(until);
  await context.sendActivity(say.snoozed({ at }));
}
