// The members of a team (its Microsoft 365 group), for a team-wide pre-read check.
// Application permission: TeamMember.Read.All.
import { z } from "zod";
import type { GraphClient } from "./graph-client.js";

const MembersPageSchema = z.object({
  value: z
    .array(
      z.object({
        userId: z.string().nullish(),
        displayName: z.string().nullish(),
        roles: z.array(z.string()).nullish(),
      }),
    )
    .max(1000),
  "@odata.nextLink": z.url().optional(),
});

export interface TeamMember {
  userId: string;
  name: string;
}

export async function listTeamMembers(graph: GraphClient, groupId: string): Promise<TeamMember[]> {
  const members: TeamMember[] = [];
  for await (const page of graph.pages(`team:${groupId}`, `/teams/${encodeURIComponent(groupId)}/members?$top=100`, MembersPageSchema, {}, 200)) {
    // Guests keep their calendars in other tenants: only members of this one can be read.
    for (const m of page.value) if (m.userId && !(m.roles ?? []).includes("guest")) members.push({ userId: m.userId, name: m.displayName ?? "" });
  }
  return members;
}
