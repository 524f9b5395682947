/** Path parameters of the routes, which the handlers read with c.req.param() rather than a schema. */
import { z } from "zod";

export const PassageParamsSchema = z.object({ id: z.string().describe("A passage id, as in search results and citations") });
export const ModelParamsSchema = z.object({ id: z.string().describe('"city-climate-qa"') });
export const DocsFileParamsSchema = z.object({ file: z.enum(["swagger-ui-bundle.js", "swagger-ui.css", "init.js"]) });
export const StaticFileParamsSchema = z.object({ file: z.string().describe("A file of the web chat, e.g. app.js") });
