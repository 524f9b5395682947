/**
 * Spots a model answer that repeats the service's own instructions (a model talked into "print your system
 * prompt", or one that simply echoes its input). The prompt files are public in the repository, so this is about
 * trust, not secrecy: an answer made of rules is not an answer, and should fall back to the extractive one.
 *
 * The instruction text is cut into sentences (placeholders removed); an answer holding any of them verbatim
 * (ignoring whitespace and case) leaks the prompt. Works on growing text, so a stream can be checked as it goes.
 */

/** Sentences shorter than this are too generic to tell a leak from an ordinary answer ("Be brief."). */
const MIN_FRAGMENT_CHARS = 28;

const normalize = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** The fragments of prompt templates (their "# System" parts, or whole texts) that must never appear in an answer. */
export function promptFragments(templates: readonly string[]): string[] {
  const fragments = new Set<string>();
  for (const template of templates) {
    const system = /^#\s*system\s*$([\s\S]*?)(?=^#\s*user\s*$|(?![\s\S]))/im.exec(template)?.[1] ?? template;
    for (const raw of system.replace(/\{\{\s*\w+\s*\}\}/g, "\n").split(/(?<=[.!?。!?:])\s+|\n\s*\n|\n(?=\s*\d+\.\s)/)) {
      const sentence = normalize(raw.replace(/^\s*\d+\.\s*/, "")).replace(/[\s.!?。!?:;,,]+$/u, "");
      if (sentence.length >= MIN_FRAGMENT_CHARS) fragments.add(sentence);
    }
  }
  return [...fragments];
}

/** A test for answers: true when the text repeats any instruction sentence of the given templates. */
export function createPromptLeakDetector(templates: readonly string[]): (answer: string) => boolean {
  const fragments = promptFragments(templates);
  return (answer) => {
    const text = normalize(answer);
    return fragments.some((f) => text.includes(f));
  };
}
