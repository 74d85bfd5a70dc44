// Static pages shown in other products' frames (Outlook, Teams): a strict CSP whose frame-ancestors
// names the hosts allowed to embed them. Scripts come from our origin (plus any named CDN) only.
import express, { Router } from "express";
import helmet from "helmet";
import { hstsOverHttps } from "./security-headers.js";

export interface StaticPagesOptions {
  scriptSources?: string[];
  frameAncestors: string[];
}

export function staticPages(dir: string, { scriptSources = [], frameAncestors }: StaticPagesOptions): Router {
  const router = Router();
  router.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", ...scriptSources],
          connectSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          frameAncestors: ["'self'", ...frameAncestors],
        },
      },
      // X-Frame-Options cannot name several hosts; frame-ancestors above does the job.
      frameguard: false,
      // Outlook and Teams load our icons and pages from their own origins.
      crossOriginResourcePolicy: { policy: "cross-origin" },
      strictTransportSecurity: false,
    }),
  );
  router.use(hstsOverHttps);
  router.use(express.static(dir, { fallthrough: true, index: false, maxAge: "1h" }));
  return router;
}
