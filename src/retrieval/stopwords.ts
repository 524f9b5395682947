/** Words that carry no topic: dropped from keyword terms, embedding features and query coverage. */

export const EN_STOPWORDS = new Set(
  `a an the of in on at for to from by with about into over under than then and or but nor not no so as if
  is are was were be been being am do does did doing done has have had having can could would should will shall may might must
  what which who whom whose when where why how many much there here this that these those it its it's itself they them their theirs
  he him his she her hers we us our you your i me my mine any some all each every other such own same very just also only
  tell please know give show explain describe list according any anything something thing things kind kinds like
  s t d ll ve re vs via per`.split(/\s+/),
);

/** Chinese function words and question words of two or more characters. Longest first when removing. */
export const ZH_STOP_PHRASES = [
  "为什么", "有没有", "是不是", "怎么样", "是多少", "有多少", "请问", "什么", "多少", "哪些", "哪个", "哪里", "哪儿",
  "如何", "怎么", "怎样", "是否", "一下", "关于", "告诉", "我们", "他们", "它们", "你们", "这个", "那个", "这些", "那些",
  "方面", "情况", "有关", "以及", "还有", "可以", "能否", "介绍", "一些", "目前", "现在", "了解",
].sort((a, b) => b.length - a.length);

/** Single Chinese characters that split a run of Han text into content pieces. */
export const ZH_STOP_CHARS = new Set(Array.from("的了吗呢吧啊呀是在和与及等也都就而被把对从这那之其或又还很让给向"));
