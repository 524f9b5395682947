/**
 * Answers about the material itself, from its catalogue: which cities it covers (in both languages, with how many
 * passages of each kind), who it quotes, and what one can ask (each city's opening line, cited; the introduction
 * only when it has something to say). Sources are numbered in the order the answer cites them.
 */
import type { Citation, Lang, Passage } from "../schemas.js";
import type { Catalogue } from "../catalogue/catalogue.js";
import { ZH, scopeSentence } from "../catalogue/describe.js";
import type { AboutFocus } from "../plan/intent.js";
import type { PlanAnswers } from "./plan-answers.js";

export interface AboutAnswer {
  text: string;
  sources: Citation[];
}

export function aboutAnswer(catalogue: Catalogue, focus: AboutFocus, lang: Lang, answers: PlanAnswers): AboutAnswer {
  const sources: Citation[] = [];
  const cite = (p: Passage): Citation => {
    const c = { ...p, score: 1, n: sources.length + 1 };
    sources.push(c);
    return c;
  };
  const both = (zh: string, en: string) => (lang === "zh" ? `${zh}${ZH.open}${en}${ZH.close}` : `${en} (${zh})`);
  const lines: string[] = [scopeSentence(catalogue, lang)];

  if (focus === "cities") {
    for (const c of catalogue.cities) {
      const name = both(c.name.zh, c.name.en);
      const counts =
        lang === "zh"
          ? `举措${c.initiatives.length}段${ZH.comma}领导讲话${c.quotes.length}段`
          : `${c.initiatives.length} on what the city did, ${c.quotes.length} with its leaders' words`;
      lines.push(lang === "zh" ? `- ${name}${ZH.colon}${counts}` : `- ${name}: ${counts}`);
    }
  } else if (focus === "speakers") {
    const count = catalogue.cities.reduce((n, c) => n + c.speakers.length, 0);
    lines.push(lang === "zh" ? `其中引用了${count}位领导的讲话${ZH.colon}` : `It quotes ${count} ${count === 1 ? "leader" : "leaders"}:`);
    for (const c of catalogue.cities) {
      for (const s of c.speakers) {
        const quote = c.quotes.find((q) => q.speaker?.en === s.en && q.speaker?.zh === s.zh);
        const marker = quote ? `[${cite(quote).n}]` : "";
        const name = lang === "zh" ? s.zh ?? s.en : s.en ?? s.zh;
        const city = lang === "zh" ? c.name.zh : c.name.en;
        lines.push(lang === "zh" ? `- ${name}${ZH.open}${city}${ZH.close}${marker}` : `- ${name} (${city}) ${marker}`.trimEnd());
      }
    }
  } else {
    const intro = catalogue.intro[0];
    if (intro) lines.push(answers.leadWithFigure(cite(intro), lang));
    lines.push(lang === "zh" ? `各城市的内容${ZH.colon}` : "City by city:");
    for (const c of catalogue.cities) {
      const first = c.initiatives[0] ?? c.quotes[0];
      if (!first) continue;
      const name = lang === "zh" ? c.name.zh : c.name.en;
      const line = answers.leadWithFigure(cite(first), lang);
      lines.push(lang === "zh" ? `- ${name}${ZH.colon}${line}` : `- ${name}: ${line}`);
    }
  }
  return { text: lines.join("\n"), sources };
}
