/**
 * English stemming: Porter2 (wink-porter2-stemmer, a well-kept implementation of the Snowball English stemmer), after
 * folding British -ise/-isation spellings to -ize/-ization (the material mixes both) and a few irregular forms.
 * Query and passage go through the same function, so what matters is that the forms of one word meet:
 * "supply"/"supplied" -> "suppli", "renovated"/"renovation" -> "renov", "utilised"/"utilization" -> "util".
 */
import porter2 from "wink-porter2-stemmer";

/** Part of the analyzer fingerprint: changed with any change to the stemmer. */
export const STEMMER_ID = "porter2-wink-2.0.1+ize+irregular-1";

const IRREGULAR: Record<string, string> = {
  said: "say",
  says: "say",
  built: "build",
  children: "child",
  women: "woman",
  men: "man",
  people: "peopl",
};

/** "-ise" family in words of seven letters or more ("organised", "utilisation"); short words ("rise") keep theirs. */
const BRITISH_ISE = /is(e|es|ed|ing|ation|ations|er|ers)$/;

export function stem(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  const american = w.length >= 7 ? w.replace(BRITISH_ISE, "iz$1") : w;
  return porter2(american);
}
