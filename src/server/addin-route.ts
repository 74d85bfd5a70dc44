// /addin/: the Outlook add-in's static files (built by npm run build into dist/addin). Outlook shows
// them in frames on its own hosts and they load office.js from Microsoft's CDN; nothing else.
import express, { Router } from "express";
import helmet from "helmet";

export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
export const OUTLOOK_FRAME_ANCESTORS = [
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook.live.com",
  "https://outlook.cloud.microsoft",
  "https://*.officeapps.live.com",
];

export function addinRouter(dir: string): Router {
  const router = Router();
  router.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", OFFICE_JS_ORIGIN],
          connectSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          frameAncestors: ["'self'", ...OUTLOOK_FRAME_ANCESTORS],
        },
      },
      // X-Frame-Options cannot name several hosts; frame-ancestors above does the job.
      frameguard: false,
    }),
  );
  router.use(express.static(dir, { fallthrough: true, index: false, maxAge: "1h" }));
  return router;
}
