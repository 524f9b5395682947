/**
 * A light English stemmer: enough to make "stations"/"station", "charging"/"charge", "electrified"/"electrify"
 * meet. Query and passage go through the same function, so over-stemming costs little.
 */
const IRREGULAR: Record<string, string> = { said: "sai", says: "sai", say: "sai", built: "build", children: "child" };

const SUFFIXES: [string, string, number][] = [
  // [suffix, replacement, minimum length of what remains]
  ["ational", "ate", 3],
  ["ization", "ize", 3],
  ["isation", "ize", 3],
  ["ation", "", 3],
  ["ement", "", 4],
  ["ment", "", 4],
  ["ness", "", 3],
  ["ing", "", 3],
  ["ied", "y", 2],
  ["ed", "", 3],
  ["ly", "", 4],
];

export function stem(word: string): string {
  let w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const [suffix, replacement, minRest] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= minRest) {
      w = undouble(w.slice(0, -suffix.length)) + replacement;
      break;
    }
  }
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("y")) w = `${w.slice(0, -1)}i`;
  return w;
}

/** "stopp" -> "stop", so "stopped" and "stop" meet; keeps "ll", "ss", "zz". */
function undouble(w: string): string {
  return /([b-df-hj-km-np-rtv-y])\1$/.test(w) ? w.slice(0, -1) : w;
}
