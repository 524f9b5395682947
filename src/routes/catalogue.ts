/**
 * GET /api/catalogue: what the material covers, from its own catalogue (cities in both languages, who is quoted,
 * document titles), with the web chat's welcome line and example questions in both languages.
 */
import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import { scopeSentence, suggestions } from "../catalogue/describe.js";
import { requireEngine } from "./engine.js";

export function catalogueRoutes() {
  return new Hono<AppEnv>().get("/api/catalogue", (c) => {
    const catalogue = requireEngine(c).chat.catalogue;
    const welcome = {
      zh: `${scopeSentence(catalogue, "zh")}\u6BCF\u4E2A\u56DE\u7B54\u90FD\u4F1A\u6807\u6CE8\u51FA\u5904\u3002`,
      en: `${scopeSentence(catalogue, "en")} Every answer cites its sources.`,
    };
    return c.json({
      cities: catalogue.cities.map((city) => ({
        ...city.name,
        initiatives: city.initiatives.length,
        quotes: city.quotes.length,
        speakers: city.speakers,
      })),
      documents: catalogue.documents,
      passages: catalogue.passages,
      welcome,
      suggestions: { zh: suggestions(catalogue, "zh"), en: suggestions(catalogue, "en") },
    });
  });
}
