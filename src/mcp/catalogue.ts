/**
 * What the corpus covers, for the MCP `list_cities` tool: each city (and the series introduction, city null) with its
 * passage count and the people quoted there, in both languages. Derived from the passages, so it follows the corpus.
 */
import { z } from "zod";
import { BilingualNameSchema, type Passage } from "../schemas.js";

export const SpeakerSchema = z.object({ zh: z.string().optional(), en: z.string().optional() });

export const CityEntrySchema = z.object({
  city: BilingualNameSchema,
  passages: z.number().int(),
  speakers: z.array(SpeakerSchema),
});
export type CityEntry = z.infer<typeof CityEntrySchema>;

export const CatalogueSchema = z.object({ cities: z.array(CityEntrySchema) });

/** Cities in the order the corpus first names them; speakers once each (by their names in both languages). */
export function cityCatalogue(passages: readonly Passage[]): { cities: CityEntry[] } {
  const byCity = new Map<string, CityEntry & { seen: Set<string> }>();
  for (const p of passages) {
    if (!p.city) continue;
    const key = `${p.city.zh}\u0000${p.city.en}`;
    let entry = byCity.get(key);
    if (!entry) byCity.set(key, (entry = { city: p.city, passages: 0, speakers: [], seen: new Set() }));
    entry.passages++;
    if (p.kind !== "quote" || !p.speaker) continue;
    const who = `${p.speaker.zh ?? ""}\u0000${p.speaker.en ?? ""}`;
    if (entry.seen.has(who)) continue;
    entry.seen.add(who);
    entry.speakers.push(p.speaker);
  }
  return { cities: [...byCity.values()].map(({ seen: _seen, ...entry }) => entry) };
}
