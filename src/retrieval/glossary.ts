/**
 * The glossary: concept groups, words in either language that mean the same thing in this domain, so a question and
 * a passage share features across languages and paraphrases. It is data, not code: src/retrieval/data/ holds a
 * general climate/urban layer and a layer for the shipped material; an operator adds files with GLOSSARY_FILES
 * (glossary-files.ts). Every file is checked by the schema below when it is loaded.
 *
 * English terms are matched as stemmed word sequences (up to four words); Chinese terms as substrings, longest first.
 * A compound Chinese term is also listed under the groups of the shorter terms it contains (e.g. "充电桩" under both
 * charging and charging-pile), so taking the longest match loses no concept. Quantity words and place names are
 * deliberately not concepts. No entry may come from an evaluation question (tests/unit/glossary.test.ts).
 */
import { z } from "zod";
import general from "./data/glossary-general.json";
import material from "./data/glossary-material.json";

const term = z.string().trim().min(1).max(80);

export const ConceptGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and hyphens"),
  en: z.array(term.toLowerCase()).default([]),
  zh: z.array(term).default([]),
});
export type ConceptGroup = z.infer<typeof ConceptGroupSchema>;

export const GlossaryFileSchema = z.object({
  layer: z.string().min(1),
  description: z.string().optional(),
  groups: z.array(ConceptGroupSchema),
});
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;

/** A glossary file checked against the schema; the error names the file and each wrong field. */
export function parseGlossaryFile(json: unknown, source: string): GlossaryFile {
  const result = GlossaryFileSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
  throw new Error(`glossary file ${source} is not valid: ${issues.join("; ")}`);
}

/** Layers into one glossary: groups with the same id are one concept (a later layer adds words to it). */
export function mergeGlossaries(layers: GlossaryFile[]): ConceptGroup[] {
  const byId = new Map<string, ConceptGroup>();
  for (const layer of layers) {
    for (const group of layer.groups) {
      const known = byId.get(group.id);
      if (!known) byId.set(group.id, { id: group.id, en: [...group.en], zh: [...group.zh] });
      else {
        known.en.push(...group.en.filter((t) => !known.en.includes(t)));
        known.zh.push(...group.zh.filter((t) => !known.zh.includes(t)));
      }
    }
  }
  return [...byId.values()];
}

/** The shipped layers (bundled into the Worker as JSON). */
export const BUILTIN_LAYERS: GlossaryFile[] = [
  parseGlossaryFile(general, "glossary-general.json"),
  parseGlossaryFile(material, "glossary-material.json"),
];
export const BUILTIN_GLOSSARY: ConceptGroup[] = mergeGlossaries(BUILTIN_LAYERS);

/**
 * The glossary in use: the shipped one, or with an operator's files added at start (Node, GLOSSARY_FILES). Set once
 * before any index is built or loaded; the analyzer fingerprint records it, so an index built with another glossary
 * is rebuilt.
 */
let active: ConceptGroup[] = BUILTIN_GLOSSARY;

export function activeGlossary(): ConceptGroup[] {
  return active;
}

export function setActiveGlossary(groups: ConceptGroup[]): void {
  active = groups;
}

/**
 * Puts the shipped layers plus an operator's `layers` in use; with none, the shipped glossary itself (the same
 * array, so what is cached per glossary, such as the concept matcher, is not made again).
 */
export function useGlossaryLayers(layers: GlossaryFile[]): void {
  setActiveGlossary(layers.length ? mergeGlossaries([...BUILTIN_LAYERS, ...layers]) : BUILTIN_GLOSSARY);
}
