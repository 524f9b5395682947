/**
 * Security headers on every response. API responses are data, never documents, so their CSP forbids everything;
 * the page sets its own policy (PAGE_CSP in routes/web.ts), which is kept. Strict-Transport-Security only goes out
 * over https: on plain http (a loopback or LAN deployment) it would be ignored at best and misleading at worst.
 */
import type { MiddlewareHandler } from "hono";
import { setResponseHeader } from "./response-headers.js";

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Powerful browser features the chat never uses. */
export const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

export const HSTS = "max-age=31536000; includeSubDomains";

const FIXED: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
  ["X-Frame-Options", "DENY"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Permissions-Policy", PERMISSIONS_POLICY],
];

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of FIXED) setResponseHeader(c, name, value);
    if (!c.res.headers.has("Content-Security-Policy")) setResponseHeader(c, "Content-Security-Policy", API_CSP);
    if (c.req.url.startsWith("https:")) setResponseHeader(c, "Strict-Transport-Security", HSTS);
  };
}
