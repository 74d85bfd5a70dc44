// "watch my meetings", "stop watching" and their team-wide forms: the pre-meeting pre-read check
// for a person or, set by an owner, for every member of a team.
import type { TurnContext } from "botbuilder";
import { normsKey, userScope } from "../../storage/norms-scope.js";
import { mayEdit, repliesFor, saveReference, type BotDependencies } from "../turn.js";

export async function watch(deps: BotDependencies, context: TurnContext, on: boolean): Promise<void> {
  const preRead = deps.preRead;
  const say = repliesFor(context);
  if (!preRead) {
    await context.sendActivity(on ? say.preReadOff : say.preReadOffStop);
    return;
  }
  const userId = context.activity.from?.aadObjectId;
  if (!userId) {
    await context.sendActivity(say.unknownUser);
    return;
  }
  if (!on) {
    await preRead.watches.unwatch(userId);
    await context.sendActivity(say.unwatched);
    return;
  }
  const personal = context.activity.conversation?.conversationType === "personal";
  if (personal) await saveReference(deps, context);
  else if (!(await deps.conversations.forUser(userId))) {
    await context.sendActivity(say.watchInPersonalChat);
    return;
  }
  const added = await preRead.watches.watch(userId, context.activity.from?.name ?? "");
  const notice = (await deps.norms.inForce(normsKey(userScope(userId)))).norms.preReadNoticeHours;
  await context.sendActivity(say.watching({ added, personal, notice }));
}

/** A team owner turns the check on for every member (each can still say "stop watching"). */
export async function watchTeam(deps: BotDependencies, context: TurnContext, on: boolean): Promise<void> {
  const preRead = deps.preRead;
  const channelData = context.activity.channelData as { team?: { id?: string; name?: string; aadGroupId?: string }; tenant?: { id?: string } } | undefined;
  const team = channelData?.team;
  const say = repliesFor(context);
  if (!preRead) {
    await context.sendActivity(say.preReadOff);
    return;
  }
  if (!team?.id) {
    await context.sendActivity(say.teamInChannel);
    return;
  }
  if (!(await mayEdit(deps, context))) {
    await context.sendActivity(say.teamOwnersOnly);
    return;
  }
  if (!on) {
    const removed = await preRead.watches.unwatchTeam(team.id);
    await context.sendActivity(removed ? say.teamUnwatched : say.teamWasNotWatched);
    return;
  }
  const tenantId = channelData?.tenant?.id ?? context.activity.conversation?.tenantId;
  if (!team.aadGroupId || !tenantId) {
    await context.sendActivity(say.teamUnknown);
    return;
  }
  const added = await preRead.watches.watchTeam(
    { threadId: team.id, groupId: team.aadGroupId, tenantId, serviceUrl: context.activity.serviceUrl, name: team.name ?? "" },
    context.activity.from?.name ?? "a team owner",
  );
  await context.sendActivity(say.teamWatching({ added, team: team.name ?? null }));
}
