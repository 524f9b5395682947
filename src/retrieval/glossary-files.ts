/**
 * Operator glossary files (Node): GLOSSARY_FILES names JSON files in the shape of src/retrieval/data/*.json, added on
 * top of the shipped layers. They are read and checked once at start, before any index is loaded or built; the
 * analyzer fingerprint then differs from the one the index was built with, so the index rebuilds by itself.
 */
import { readFileSync } from "node:fs";
import { parseGlossaryFile, useGlossaryLayers, type GlossaryFile } from "./glossary.js";

/** The comma-separated list of GLOSSARY_FILES, without blanks. */
export function glossaryFileList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readGlossaryFile(path: string): GlossaryFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`glossary file ${path} cannot be read as JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseGlossaryFile(json, path);
}

/** Puts the shipped layers plus these files in use; with no files, the shipped glossary alone. */
export function useGlossaryFiles(paths: string[]): void {
  useGlossaryLayers(paths.map(readGlossaryFile));
}
