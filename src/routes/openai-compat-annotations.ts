/**
 * Citations as OpenAI's own form, `message.annotations` of type `url_citation`, which the AI SDK's OpenAI provider
 * turns into `sources` and other clients show as links. Each points to the passage endpoint (absolute, from the
 * request's origin) and is titled with the city and the kind of passage; its indexes span the citation's first
 * marker in the answer text (UTF-16 code units, as JavaScript strings count).
 */
import type { Citation, Lang, PassageKind } from "../schemas.js";

export interface UrlCitationAnnotation {
  type: "url_citation";
  url_citation: { url: string; title: string; start_index: number; end_index: number };
}

const KIND_LABEL: Record<Lang, Record<PassageKind, string>> = {
  en: { intro: "introduction", initiative: "initiative", quote: "quote" },
  zh: { intro: "导言", initiative: "举措", quote: "引语" },
};
const NO_CITY: Record<Lang, string> = { en: "Series", zh: "系列" };

/** "Shenzhen · initiative", "深圳 · 引语": the city and kind in the answer's language. */
export function citationTitle(citation: Citation, lang: Lang): string {
  const place = citation.city ? citation.city[lang] : NO_CITY[lang];
  return `${place} · ${KIND_LABEL[lang][citation.kind]}`;
}

export function passageUrl(requestUrl: string, id: string): string {
  return new URL(`/api/passages/${encodeURIComponent(id)}`, requestUrl).href;
}

export function toAnnotations(content: string, citations: readonly Citation[], lang: Lang, requestUrl: string): UrlCitationAnnotation[] {
  return citations.map((citation) => {
    const marker = `[${citation.n}]`;
    const at = content.indexOf(marker);
    return {
      type: "url_citation",
      url_citation: {
        url: passageUrl(requestUrl, citation.id),
        title: citationTitle(citation, lang),
        start_index: Math.max(at, 0),
        end_index: at >= 0 ? at + marker.length : 0,
      },
    };
  });
}
