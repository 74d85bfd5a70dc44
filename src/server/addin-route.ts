// /addin/: the Outlook add-in's static files (built by npm run build into dist/addin). Outlook shows
// them in frames on its own hosts and they load office.js from Microsoft's CDN; nothing else.
import type { Router } from "express";
import { staticPages } from "./static-pages.js";

export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
export const OUTLOOK_FRAME_ANCESTORS = [
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook.live.com",
  "https://outlook.cloud.microsoft",
  "https://*.officeapps.live.com",
];

export function addinRouter(dir: string): Router {
  return staticPages(dir, { scriptSources: [OFFICE_JS_ORIGIN], frameAncestors: OUTLOOK_FRAME_ANCESTORS });
}
