/**
 * What the model is told about the question plan: the intent's instruction (compare city by city, list every
 * matching city, lead a summary with the city's figure) and, for a borderline question, an explicit instruction to
 * say that the material does not cover it when it does not. Sources of several cities are grouped per city.
 */
import type { AnswerPlan, Citation } from "../schemas.js";
import { escapeText, formatSources } from "./prompts.js";

const names = (plan: AnswerPlan) => plan.cities.map((c) => `${c.en} (${c.zh})`).join(", ");

export function planGuidance(plan: AnswerPlan | undefined): string {
  if (!plan) return "";
  const lines: string[] = [];
  switch (plan.intent) {
    case "compare":
      lines.push(
        `The question compares ${names(plan)}. The sources are grouped by city. Answer city by city, one or two sentences for each of ${names(plan)}, each with its [n]. Leave no city out; if a city's sources say nothing on the question, say so for that city.`,
      );
      break;
    case "list":
      lines.push("The question asks which cities in the material match. The sources are grouped by city, the best match of each. Name every city whose source matches, one line each with its [n].");
      break;
    case "summary":
      lines.push(`The question asks for an overview of ${names(plan)}. Lead with what the city did and the figure that shows it, then its leader's words, each with its [n].`);
      break;
    case "quote":
      lines.push(
        plan.cities.length > 1
          ? `The question asks what the leaders of ${names(plan)} said. The sources are grouped by city. Answer city by city: each leader's words, quoted or paraphrased, naming the speaker as the source does, each with its [n].`
          : "The question asks for someone's words: quote or paraphrase them from the sources and name the speaker as the source does.",
      );
      break;
    default:
      break;
  }
  if (plan.borderline) {
    lines.push(
      "The sources may not cover this question. If they do not answer it, reply in one sentence that the material does not cover it, and cite nothing. Do not stretch a source to fit the question.",
    );
  }
  return lines.length ? `Instructions for this question:\n${lines.map((l) => `- ${l}`).join("\n")}` : "";
}

/** Sources of several cities grouped per city (each group in the order of its first source); otherwise as before. */
export function formatPlannedSources(sources: Citation[], plan: AnswerPlan | undefined): string {
  const grouped = plan && (["compare", "list", "summary"].includes(plan.intent) || (plan.intent === "quote" && plan.cities.length > 1));
  const cities = [...new Set(sources.map((s) => s.city?.en ?? ""))];
  if (!grouped || cities.length < 2) return formatSources(sources);
  return cities
    .map((en) => {
      const own = sources.filter((s) => (s.city?.en ?? "") === en);
      const label = own[0]?.city ? `${own[0].city.en} / ${own[0].city.zh}` : "no city";
      return `<city name="${escapeText(label).replace(/"/g, "&quot;")}">\n${formatSources(own)}\n</city>`;
    })
    .join("\n\n");
}
