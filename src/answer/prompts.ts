/**
 * Prompts are data: the texts of prompts/answer.md and prompts/condense.md are passed in (the Node entry reads the
 * files, the Worker imports them as text) and rendered here. A prompt file has a "# System" and a "# User" section;
 * anything above the first heading is a note for editors and is never sent.
 */
import { MARKER_GROUP_SOURCE } from "../text/punctuation.js";
import type { Citation, HistoryTurn, Lang } from "../schemas.js";

/** The raw texts of the prompt files. */
export interface PromptSet {
  answer: string;
  condense: string;
}

export interface RenderedPrompt {
  system: string;
  user: string;
}

export interface AnswerPromptVars {
  language: string;
  sources: string;
  question: string;
  /** The plan's instructions for this question (optional placeholder {{guidance}}; empty when there are none). */
  guidance?: string;
}

export interface CondensePromptVars {
  language: string;
  history: string;
  question: string;
}

const SECTION = /^#\s*(system|user)\s*$/gim;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const REQUIRED: Record<keyof PromptSet, string[]> = {
  answer: ["language", "sources", "question"],
  condense: ["language", "history", "question"],
};

/** Throws at start-up, naming the file and what is missing, rather than sending a broken prompt later. */
export function validatePromptSet(set: PromptSet): void {
  for (const name of Object.keys(REQUIRED) as (keyof PromptSet)[]) {
    const { system, user } = splitSections(set[name], name);
    const used = new Set([...`${system}\n${user}`.matchAll(PLACEHOLDER)].map((m) => m[1]));
    const missing = REQUIRED[name].filter((p) => !used.has(p));
    if (missing.length) throw new Error(`prompts/${name}.md lacks ${missing.map((p) => `{{${p}}}`).join(", ")}`);
  }
}

export function renderAnswerPrompt(template: string, vars: AnswerPromptVars): RenderedPrompt {
  return renderSections(splitSections(template, "answer"), { ...vars });
}

export function renderCondensePrompt(template: string, vars: CondensePromptVars): RenderedPrompt {
  return renderSections(splitSections(template, "condense"), { ...vars });
}

/** How the prompt names the answer's language. */
export function languageName(lang: Lang): string {
  return lang === "zh" ? "Simplified Chinese (简体中文)" : "English";
}

/**
 * The numbered sources as quoted data, each in both languages. Corpus text is escaped so a passage that happens to
 * hold "</source>" or an instruction-looking tag cannot break out of its quotation.
 */
export function formatSources(sources: Citation[]): string {
  return sources.map(formatSource).join("\n\n");
}

function formatSource(s: Citation): string {
  const attrs = [`n="${s.n}"`];
  if (s.city) attrs.push(`city="${escapeAttr(`${s.city.en} / ${s.city.zh}`)}"`);
  attrs.push(`kind="${s.kind}"`);
  const speaker = [s.speaker?.en, s.speaker?.zh].filter(Boolean).join(" / ");
  if (speaker) attrs.push(`speaker="${escapeAttr(speaker)}"`);
  const body = [s.zh ? `<zh>${escapeText(s.zh)}</zh>` : "", s.en ? `<en>${escapeText(s.en)}</en>` : ""].filter(Boolean);
  return `<source ${attrs.join(" ")}>\n${body.join("\n")}\n</source>`;
}

/** The conversation for the condense prompt: recent turns, one line each, without stale citation markers. */
export function formatHistory(history: HistoryTurn[], maxTurns = 6, maxChars = 600): string {
  return history
    .slice(-maxTurns)
    .map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${oneLine(stripMarkers(t.content), maxChars)}`)
    .join("\n");
}

const STRIP_MARKERS = new RegExp(`\\s?${MARKER_GROUP_SOURCE}`, "gu");

/** Citation markers of an earlier answer point at that answer's sources, not this one's: drop them. */
export function stripMarkers(text: string): string {
  return text.replace(STRIP_MARKERS, "");
}

/** Keeps user text inside the quotation it is placed in. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

function oneLine(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > maxChars ? `${flat.slice(0, maxChars)}…` : flat;
}

function splitSections(template: string, name: string): RenderedPrompt {
  const text = template.replace(/\r\n?/g, "\n");
  const heads = [...text.matchAll(SECTION)];
  const sections: Partial<RenderedPrompt> = {};
  heads.forEach((h, i) => {
    const end = heads[i + 1]?.index ?? text.length;
    sections[h[1]!.toLowerCase() as keyof RenderedPrompt] = text.slice(h.index! + h[0].length, end).trim();
  });
  if (!sections.system || !sections.user) {
    throw new Error(`prompts/${name}.md needs a "# System" and a "# User" section`);
  }
  return { system: sections.system, user: sections.user };
}

/** One pass, so a value that itself contains "{{x}}" (a question, a passage) is never expanded. */
function renderSections(sections: RenderedPrompt, vars: Record<string, string>): RenderedPrompt {
  const fill = (s: string) => s.replace(PLACEHOLDER, (whole, key: string) => (key in vars ? vars[key]! : whole));
  return { system: fill(sections.system), user: fill(sections.user) };
}
