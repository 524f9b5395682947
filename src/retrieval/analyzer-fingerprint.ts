/**
 * One fingerprint of everything that turns text into terms: tokenizer, stemmer, stop words and the glossary in use.
 * The index manifest records it; a build with another fingerprint is rebuilt in full, for every embedder, so keyword
 * postings from two analyzers are never mixed (an incremental build would otherwise keep the old postings of
 * unchanged passages). The built-in embedder's id carries it too, since its features come from the same terms.
 */
import { hashString } from "../util/hash.js";
import { activeGlossary, type ConceptGroup } from "./glossary.js";
import { STEMMER_ID } from "./stem.js";
import { EN_STOPWORDS, ZH_STOP_CHARS, ZH_STOP_PHRASES } from "./stopwords.js";
import { TOKENIZER_VERSION } from "./tokenize.js";

let cached: { glossary: ConceptGroup[]; fingerprint: string } | null = null;

export function analyzerFingerprint(): string {
  const glossary = activeGlossary();
  if (cached?.glossary === glossary) return cached.fingerprint;
  const parts = {
    tokenizer: TOKENIZER_VERSION,
    stemmer: STEMMER_ID,
    stopwords: [[...EN_STOPWORDS], ZH_STOP_PHRASES, [...ZH_STOP_CHARS]],
    glossary,
  };
  const fingerprint = `a${hashString(JSON.stringify(parts)).slice(-10)}`;
  cached = { glossary, fingerprint };
  return fingerprint;
}
