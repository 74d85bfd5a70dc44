// The least an incoming activity must have before it reaches Bot Framework code. Checked with our
// zod at the edge (botbuilder carries its own older zod; ours never enters its code).
import { z } from "zod";

const account = z.object({ id: z.string().min(1).max(1000) }).passthrough();

export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1).max(100),
    channelId: z.string().min(1).max(100),
    serviceUrl: z.string().url().max(2000),
    from: account,
    recipient: account,
    conversation: account,
    text: z.string().max(1_000_000).optional(),
  })
  .passthrough();
