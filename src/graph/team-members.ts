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
  let next: string | undefined = `/teams/${encodeURIComponent(groupId)}/members?$top=100`;
  for (let pages = 0; next && pages < 200; pages++) {
    const page: z.infer<typeof MembersPageSchema> = await graph.get(`team:${groupId}`, next, MembersPageSchema);
    // Guests keep their calendars in other tenants: only members of this one can be read.
    for (const m of page.value) if (m.userId && !(m.roles ?? []).includes("guest")) members.push({ userId: m.userId, name: m.displayName ?? "" });
    next = page["@odata.nextLink"];
  }
  return members;
}
