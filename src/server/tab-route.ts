// /tab/: the norms tab (built by npm run build into dist/tab). Teams, Outlook and the Microsoft 365
// app show it in frames on their hosts; teams-js is bundled, so scripts come from us only.
import type { Router } from "express";
import { OUTLOOK_FRAME_ANCESTORS } from "./addin-route.js";
import { staticPages } from "./static-pages.js";

// The hosts Microsoft documents for tabs in Teams, Outlook and the Microsoft 365 app.
export const TAB_FRAME_ANCESTORS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://teams.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://*.microsoft365.com",
  "https://*.office365.com",
  ...OUTLOOK_FRAME_ANCESTORS,
];

export function tabRouter(dir: string): Router {
  return staticPages(dir, { frameAncestors: [...new Set(TAB_FRAME_ANCESTORS)] });
}
