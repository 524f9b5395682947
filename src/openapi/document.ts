/**
 * Builds the OpenAPI 3.1 document from the route table (api-routes.ts) and the zod schemas it names; nothing in it
 * is written by hand but the words. OpenAPI 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema emits; parts
 * equal to a named component (components.ts) are replaced by references to it.
 */
import { z } from "zod";
import { API_ROUTES, type ResponseSpec, type RouteSpec } from "./api-routes.js";
import { COMPONENTS } from "./components.js";

type JsonSchema = Record<string, unknown>;
type SchemaOf = (schema: z.ZodType, io: "input" | "output") => JsonSchema;
export type OpenAPIDocument = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema> } & Record<string, unknown>;
} & Record<string, unknown>;

/** "/api/passages/:id" → "/api/passages/{id}"; the catch-all of static files "/*" → "/{file}". */
export function toOpenAPIPath(honoPath: string): string {
  if (honoPath === "/*") return "/{file}";
  return honoPath.replace(/:([A-Za-z_]\w*)(\{[^}]*\})?/g, "{$1}");
}

function toJson(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return json;
}

/** Replaces every part of `node` (below `keepRoot`) that equals a named component with a reference to it. */
function withRefs(node: unknown, named: Map<string, string>, keepRoot = false): unknown {
  if (!node || typeof node !== "object") return node;
  const name = keepRoot ? undefined : named.get(JSON.stringify(node));
  if (name) return { $ref: `#/components/schemas/${name}` };
  if (Array.isArray(node)) return node.map((item) => withRefs(item, named));
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withRefs(value, named)]));
}

export function buildOpenAPIDocument(info: { version: string }, routes: readonly RouteSpec[] = API_ROUTES): OpenAPIDocument {
  const raw = COMPONENTS.map(([name, schema, io]) => [name, toJson(schema, io)] as const);
  const named = new Map(raw.map(([name, json]) => [JSON.stringify(json), name]));
  const components = Object.fromEntries(raw.map(([name, json]) => [name, withRefs(json, named, true) as JsonSchema]));
  const schemaOf: SchemaOf = (schema, io) => withRefs(toJson(schema, io), named) as JsonSchema;

  const paths: OpenAPIDocument["paths"] = {};
  for (const route of routes) (paths[toOpenAPIPath(route.path)] ??= {})[route.method] = operation(route, schemaOf);
  return {
    openapi: "3.1.0",
    info: {
      title: "City Climate QA",
      version: info.version,
      description:
        "Bilingual (中文/English) cited question answering over Chinese cities' climate action. Every error is " +
        "`{ error: { code, message, details? } }`, except under /v1, which uses OpenAI's `{ error: { message, type, param, code } }`.",
    },
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: { adminToken: { type: "http", scheme: "bearer", description: "ADMIN_TOKEN" } },
    },
  };
}

function operation(route: RouteSpec, schemaOf: SchemaOf) {
  const parameters = [...parametersOf(route.params, "path", schemaOf), ...parametersOf(route.query, "query", schemaOf)];
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(route.body, "input") } } } } : {}),
    ...(route.admin ? { security: [{ adminToken: [] }] } : {}),
    responses: Object.fromEntries(Object.entries(route.responses).map(([status, spec]) => [status, responseOf(spec, schemaOf)])),
  };
}

function parametersOf(schema: z.ZodObject | undefined, where: "path" | "query", schemaOf: SchemaOf) {
  if (!schema) return [];
  const json = schemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as JsonSchema & { description?: string };
    return { name, in: where, required: where === "path" || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

function responseOf(spec: ResponseSpec, schemaOf: SchemaOf) {
  const content: Record<string, { schema: JsonSchema }> = {};
  for (const [type, schema] of Object.entries(spec.content ?? {})) content[type] = { schema: schema ? schemaOf(schema, "output") : { type: "string" } };
  return { description: spec.description, ...(Object.keys(content).length ? { content } : {}) };
}
