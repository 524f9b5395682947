/**
 * The last step of a Traditional-script answer: the answer text, the source cards' Chinese, city names and speakers
 * converted to Traditional, each card keeping the passage as written (`original`) one click away. Runtime-neutral:
 * the converter is passed in (Node has it; the Worker has not, see to-traditional.ts).
 */
import type { ChatAnswer, Citation, Lang, Script } from "../schemas.js";
import type { ToTraditional } from "./to-traditional.js";

export function traditionalCitation(c: Citation, convert: ToTraditional): Citation {
  const original = { zh: c.zh, city: c.city, ...(c.speaker ? { speaker: c.speaker } : {}) };
  return {
    ...c,
    zh: c.zh === null ? null : convert(c.zh),
    city: c.city ? { ...c.city, zh: convert(c.city.zh) } : null,
    ...(c.speaker ? { speaker: { ...c.speaker, ...(c.speaker.zh ? { zh: convert(c.speaker.zh) } : {}) } } : {}),
    original,
  };
}

/**
 * The answer in the script asked for. A Chinese answer always says its script; a Traditional one without a converter
 * (the Worker) stays Simplified, says "hans", and warns, rather than claiming a script it does not have.
 */
export function inScript(answer: ChatAnswer, lang: Lang, script: Script, convert?: ToTraditional): ChatAnswer {
  if (lang !== "zh") return answer;
  if (script === "hans") return { ...answer, script: "hans" };
  if (!convert) {
    const warning = "Traditional script is not available on this deployment: the answer is in Simplified script.";
    return { ...answer, script: "hans", warnings: [...(answer.warnings ?? []), warning] };
  }
  return {
    ...answer,
    answer: convert(answer.answer),
    citations: answer.citations.map((c) => traditionalCitation(c, convert)),
    // Suggested questions are asked back as they are shown: in the asker's script too.
    ...(answer.suggestions ? { suggestions: answer.suggestions.map(convert) } : {}),
    script: "hant",
  };
}
