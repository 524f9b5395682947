/**
 * What the corpus covers, for the MCP `list_cities` tool: each city with its passage count and the people quoted
 * there, in both languages, read from the corpus's own catalogue.
 */
import { z } from "zod";
import type { Catalogue } from "../catalogue/catalogue.js";
import { BilingualNameSchema } from "../schemas.js";

export const SpeakerSchema = z.object({ zh: z.string().optional(), en: z.string().optional() });

export const CityEntrySchema = z.object({
  city: BilingualNameSchema,
  passages: z.number().int(),
  speakers: z.array(SpeakerSchema),
});
export type CityEntry = z.infer<typeof CityEntrySchema>;

export const CatalogueSchema = z.object({ cities: z.array(CityEntrySchema) });

/** The engine's catalogue (src/catalogue: one source for every consumer) in the tool's shape. */
export function cityCatalogue(catalogue: Catalogue): { cities: CityEntry[] } {
  return {
    cities: catalogue.cities.map((c) => ({ city: c.name, passages: c.initiatives.length + c.quotes.length, speakers: c.speakers })),
  };
}
