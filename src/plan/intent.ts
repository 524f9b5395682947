/**
 * Which kind of answer a question wants, from its wording alone (both languages). The patterns name ways of asking
 * (greeting, "which cities", "compare", "overview", "what can I ask"), never the material's topics, so they carry
 * over to any corpus. Entities (cities, speakers) are found elsewhere; this module only reads the phrasing.
 */

export type Intent = "fact" | "list" | "compare" | "summary" | "quote" | "about" | "greeting" | "out_of_scope";
export type AboutFocus = "cities" | "speakers" | "topics";

const GREETING_EN =
  /^(hi|hello|hey|hiya|howdy|greetings|good (morning|afternoon|evening|day)|thanks?( you)?( so much| a lot| very much)?|thank you|thx|ty|cheers|many thanks|bye|goodbye|see you|ok thanks|great,? thanks)( there| again| bot)?$/i;
const GREETING_ZH = /^(你好|您好|嗨|哈喽|哈啰|早上好|早安|上午好|中午好|下午好|晚上好|谢谢(你|您)?|多谢|感谢(你|您)?|辛苦了|再见|拜拜)(啊|呀|了|啦)?$/u;
const THANKS = /thank|thx|^ty$|cheers|谢|感谢|辛苦/iu;

/** Questions about the material itself: what it covers, who it quotes, what one can ask. */
const ABOUT_EN =
  /\b(what|which) (cities|places|regions|topics|subjects|themes)\b.{0,30}\b(cover(ed|s)?|includ(ed|es?)|here|in (the|this) (material|data|corpus|collection)|can i ask|available|there)\b|\bwhat (topics|subjects|kinds? of (questions|things)|questions|can i ask)\b|\bwhat are (the |its )?(main |key |major )?(themes|topics|subjects|takeaways)\b|\bwhat can (i|you) (ask|do|tell|answer)\b|\bwhat (is|are) (this|the|these) (material|materials|corpus|data|dataset|documents?|collection|series|sources?)( about)?\b|\b(who|which (officials?|leaders?|mayors?|people|speakers?))\b.{0,25}\b(quoted|cited|featured|included)\b|\b(all|every) (the )?(officials|leaders|mayors|speakers|cities)\b.{0,20}\b(quoted|covered|here|mentioned)\b|\bwhat do you (know|cover)\b|^\s*what('s| is) (this|it) (all )?about\b/i;
const ABOUT_ZH =
  /(这里|里面|资料|材料|语料|文档|文件|你).{0,8}(有|包括|涵盖|覆盖|涉及|引用了?|收录了?|收入了?|提到了?|提及了?|引述了?|谈到了?)(哪些|哪几个|什么)|(可以|能)问(些)?(什么|哪些|啥)|(资料|材料|这些|语料|文档|文件).{0,6}(讲|说|介绍|关于|是|包含|包括)(了)?(的)?(是)?(什么|啥|哪些)|你(能|会|可以)(做|干|回答)(些)?(什么|啥)|哪些(官员|领导|市长|人)的话被引用|引用了哪些|(系列|报告|文章|合集)(主要)?(想|要)?(说明|表达|讲述|讲|说)(了)?(些)?(什么|啥)/u;
const ABOUT_SPEAKERS = /quoted|officials?|leaders?|mayors?|speakers?|secretar|people|官员|领导|市长|书记|引用|谁/iu;
const ABOUT_CITIES = /\b(cities|places|regions)\b|城市|地方/iu;

const COMPARE = /\bcompar|\bversus\b|\bvs\.?\b|\bdiffer|\bdifference|\bin common\b|\bsimilar|\bcontrast|\bboth\b|\beach\b|对比|比较|区别|不同|异同|共同|分别|相比|差别|各自/iu;
const LIST_EN = /\b(which|what) (cities|places|leaders|officials|mayors)\b|\blist (the |all )?\b|\ball (the )?cities\b|\bwhere else\b|\bany (other )?cities\b/i;
const LIST_ZH = /哪些(城市|地方|领导|官员|市长)|哪几个城市|列出|列举|所有城市|各(个)?城市|还有哪(里|些)/u;

const SUMMARY_EN =
  /\boverview|\bsummar|\btell me (about|more)|\bintroduc|\bbeen (up to|doing)|\bwhat (is|are|has|have|did|does) .{0,30}\b(doing|done|do|up to)\b|\bin (general|short|brief)\b|\b(work|efforts?|approach|achievements?)\b/i;
const SUMMARY_ZH = /介绍|概括|概述|总结|总体|整体|概况|说说|讲讲|做了(些)?(什么|哪些)|干了(些)?(什么|啥)|(在)?(做|干|搞)(些)?(什么|啥)|做法|工作|行动|举措|成果|情况/u;
/** Words that only frame a summary request; anything left beyond them is a topic of its own. */
const SUMMARY_FRAME_EN =
  /\b(what|whats|what's|has|have|is|are|was|were|been|up|to|doing|do|did|does|done|tell|me|us|about|give|an?|the|overview|of|summar\w*|please|climate|action|actions|its|their|it|city|cities|how|overall|in|general|short|brief|introduce|introduction|describe|on|so|far|work|works|efforts?|approach|achievements?|main|key|things?|s|can|you|could|would|briefly|more|and|i|want|to|know|quick|quickly|whole|entire|material|materials|everything|all|each|every|list|document|documents|series|corpus|collection|text|this|these)\b/gi;
const SUMMARY_FRAME_ZH =
  /说说|讲讲|介绍(一下)?|概括(一下)?|概述|总结(一下)?|总体(上)?|整体|概况|都|做了|干了|在做|在干|在搞|做什么|干什么|搞什么|做啥|干啥|什么|哪些|啥|事情|事|工作|的|做法|行动|举措|成果|情况|怎么样|如何|在|气候|方面|一下|了|呢|吗|总的来说|有|主要|些|这座城市|该市|城市|市|请|帮我|给我|我想知道|全部|整个|整份|全文|这份|所有|每一个|每个|各个|各|资料|材料|文件|文档|内容|列出|列举/gu;

export interface Phrasing {
  greeting: "hello" | "thanks" | null;
  about: AboutFocus | null;
  comparesWords: boolean;
  listsWords: boolean;
  /** Asks what a place has done in general (no topic beyond the framing words). */
  summaryOnly: boolean;
  /** Speaks of every place or the whole material ("all the cities", "each city", "所有城市", "整个资料"). */
  wholeMaterial: boolean;
  /** Asks only what someone said (no topic beyond the framing words): "what did the leaders say?". */
  quoteOnly: boolean;
}

const WHOLE_MATERIAL = /\b(all|each|every|whole|entire|everything)\b|所有|每个|每一个|各个|各城市|全部|整个|整份|全文/iu;

const PUNCT = /[\s\p{P}\p{S}]+/gu;

export function readPhrasing(question: string, topicText: string): Phrasing {
  const bare = question.trim().replace(/[\s\p{P}\p{S}]+$/u, "").replace(/^[\s\p{P}\p{S}]+/u, "");
  const greeting = GREETING_EN.test(bare) || GREETING_ZH.test(bare) ? (THANKS.test(bare) ? "thanks" : "hello") : null;
  let about: AboutFocus | null = null;
  if (ABOUT_EN.test(question) || ABOUT_ZH.test(question)) {
    about = ABOUT_SPEAKERS.test(question) ? "speakers" : ABOUT_CITIES.test(question) ? "cities" : "topics";
  }
  const framed = SUMMARY_EN.test(question) || SUMMARY_ZH.test(question);
  const rest = topicText.replace(SUMMARY_FRAME_EN, " ").replace(SUMMARY_FRAME_ZH, " ").replace(PUNCT, "");
  return {
    greeting,
    about,
    comparesWords: COMPARE.test(question),
    listsWords: LIST_EN.test(question) || LIST_ZH.test(question),
    summaryOnly: framed && rest.length === 0,
    wholeMaterial: WHOLE_MATERIAL.test(question),
    quoteOnly: topicText.replace(QUOTE_FRAME_EN, " ").replace(QUOTE_FRAME_ZH, " ").replace(SUMMARY_FRAME_EN, " ").replace(SUMMARY_FRAME_ZH, " ").replace(PUNCT, "").length === 0,
  };
}

/** A follow-up that only names a place ("And Dalian?", "那武汉呢?") asks the previous question about it. */
const BARE_FOLLOW_UP = /\b(and|what|about|how|ok|okay|then|so|well|now|same|for|in|with|the|city|of)\b|那么|那|呢|吗|和|还有|怎么样|如何|的|城市|市|情况|呀|啊|好的|好/giu;

export function isBareFollowUp(topicText: string): boolean {
  return topicText.replace(BARE_FOLLOW_UP, " ").replace(PUNCT, "").length === 0;
}

/**
 * Words that ask who spoke, not about what: "哪位领导谈到了…", "which leader talked about…". A question about
 * someone's words that names no place is searched for its topic plus one speech verb, so the framing words do not
 * dilute the topic (the speech verb keeps quotes promoted).
 */
const QUOTE_FRAME_EN = /\b(which|what|who|whose|leaders?|officials?|mayors?|party|secretar(y|ies)|talked|talks?|spoke|speaks?|mentioned|mentions?|said|says?|did|does|do|the|of|about|on|is|was|has|have|quoted)\b/gi;
const QUOTE_FRAME_ZH = /哪位|哪个|哪一位|领导人|负责人|领导|官员|市长|书记|谈到了?|谈及|提到了?|说了?|讲了?|表示|强调了?|什么|谁|的话|关于|有关/gu;

/**
 * Words that only frame a list question, "which cities <mention / work on / 提到 / 涉及> X": the topic is X. Left in,
 * a verb the material never uses would weigh as the rarest word of the question and count against every passage.
 */
const LIST_FRAME_EN =
  /\b(mention(s|ed|ing)?|talk(s|ed|ing)? about|refer(s|red|ring)? to|work(s|ed|ing)? on|focus(es|ed|ing)? on|deal(s|t|ing)? with|address(es|ed|ing)?|discuss(es|ed|ing)?|involv(e|es|ed|ing)|engag(e|es|ed|ing) in)\b/gi;
const LIST_FRAME_ZH = /提到了?|提及|谈到了?|谈及|涉及|关注|致力于|在做|在搞|在抓/gu;

export function listSearchText(question: string): string {
  return question.replace(LIST_FRAME_EN, " ").replace(LIST_FRAME_ZH, " ").replace(/\s+/g, " ").trim();
}

export function quoteSearchText(question: string, lang: "zh" | "en"): string {
  const topic = question.replace(QUOTE_FRAME_EN, " ").replace(QUOTE_FRAME_ZH, " ").replace(/\s+/g, " ").trim();
  return `${topic} ${lang === "zh" ? "\u8BF4" : "says"}`;
}
