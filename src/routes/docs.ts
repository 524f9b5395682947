/**
 * GET /openapi.json (the OpenAPI 3.1 document, generated from the zod schemas) and GET /docs, the API reference:
 * Swagger UI's standalone bundle served from the swagger-ui-dist package (no CDN, so it works offline), under a
 * policy of its own: scripts and styles from this origin only, nothing inline. The bundle comes from
 * `deps.docsAssets` (Node: the package in node_modules) or, on the Worker, from the static assets (`/docs/…`,
 * copied there by `npm run build:docs-assets`).
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";
import { buildOpenAPIDocument, type OpenAPIDocument } from "../openapi/document.js";

export const API_VERSION = "0.1.0";

/**
 * The page's own policy, as strict as the chat's: scripts and styles from this origin only, nothing inline (Swagger
 * UI needs no inline code: its start-up is /docs/init.js; the browser suite checks that no directive is violated).
 * data: images are its SVG icons; connect-src 'self' lets "Try it out" call the API.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export const DOCS_FILES = ["swagger-ui-bundle.js", "swagger-ui.css"] as const;

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>City Climate QA · API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

/** Starts Swagger UI on this service's document; a file, since the policy runs no inline script. */
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });\n`;

let openapiDocument: OpenAPIDocument | undefined;

export function docsRoutes() {
  return new Hono<AppEnv>()
    .get("/openapi.json", (c) => c.json((openapiDocument ??= buildOpenAPIDocument({ version: API_VERSION }))))
    .get("/docs", (c) => {
      c.header("Content-Security-Policy", DOCS_CSP);
      c.header("Cache-Control", "no-cache");
      return c.html(DOCS_PAGE);
    })
    .get("/docs/:file", async (c) => {
      const file = c.req.param("file");
      if (file === "init.js") return script(c, INIT_SCRIPT);
      if (!(DOCS_FILES as readonly string[]).includes(file)) throw new AppError("not_found", `No route for GET ${c.req.path}`);
      const deps = c.get("deps");
      const asset = await (deps.docsAssets ?? deps.assets).get(`/docs/${file}`);
      if (!asset) throw new AppError("not_found", `The API page's ${file} is not installed (run npm run build:docs-assets for the Worker)`);
      c.header("Content-Type", asset.contentType);
      c.header("Cache-Control", "public, max-age=86400");
      return c.body(asset.body as ArrayBuffer);
    });
}

function script(c: Context<AppEnv>, text: string) {
  c.header("Content-Type", "text/javascript; charset=utf-8");
  c.header("Cache-Control", "public, max-age=300");
  return c.body(text);
}
