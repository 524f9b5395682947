/**
 * Security headers on every response, through Hono's own `secureHeaders` (it edits the response's headers in place,
 * so @hono/node-server's fast path is kept). API responses are data, never documents, so their CSP forbids
 * everything; a route that sets its own policy (the page, PAGE_CSP in routes/web.ts) keeps it (`overwrite: false`).
 * Strict-Transport-Security only goes out over https: on plain http (a loopback or LAN deployment) it would be
 * ignored at best and misleading at worst.
 */
import type { MiddlewareHandler } from "hono";
import { secureHeaders, type SecureHeadersVariables } from "hono/secure-headers";

/** Powerful browser features the chat never uses. */
const UNUSED_FEATURES = ["accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"] as const;

const HSTS = "max-age=31536000; includeSubDomains";

const options: NonNullable<Parameters<typeof secureHeaders>[0]> = {
  /** "default-src 'none'; frame-ancestors 'none'" */
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: "DENY",
  referrerPolicy: "no-referrer",
  crossOriginOpenerPolicy: "same-origin",
  permissionsPolicy: Object.fromEntries(UNUSED_FEATURES.map((f) => [f, [] as string[]])),
  overwrite: false,
};

export function securityHeaders(): MiddlewareHandler<{ Variables: SecureHeadersVariables }> {
  const overHttp = secureHeaders({ ...options, strictTransportSecurity: false });
  const overHttps = secureHeaders({ ...options, strictTransportSecurity: HSTS });
  return (c, next) => (c.req.url.startsWith("https:") ? overHttps(c, next) : overHttp(c, next));
}
