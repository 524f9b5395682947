// Interface strings in both languages, and the helpers that apply them to the page.
// Elements carry data-i18n (textContent), data-i18n-aria (aria-label), data-i18n-title (title)
// and data-i18n-ph (placeholder) so a language switch re-labels everything already on screen.

const DICT = {
  zh: {
    title: "城市气候行动问答",
    tagline: "回答均引用原文出处",
    newChat: "新对话",
    newChatAria: "新对话：清空当前对话",
    uiSwitch: "English",
    uiSwitchAria: "Switch interface to English",
    answerLang: "回答语言",
    langAuto: "自动",
    emptyIntro: "根据资料回答问题，每个回答都会标注出处。",
    plan: "理解为",
    suggestionsTitle: "可以这样问",
    intent_fact: "事实",
    intent_list: "列举",
    intent_compare: "比较",
    intent_summary: "概述",
    intent_quote: "引述",
    intent_about: "关于资料",
    intent_greeting: "问候",
    intent_out_of_scope: "超出资料范围",
    followUp: "（接上文）",
    examplesTitle: "试试这些问题",
    placeholder: "输入问题…",
    composerHint: "Enter 发送 · Shift+Enter 换行",
    questionAria: "你的问题",
    send: "发送",
    sendAria: "发送问题",
    stop: "停止",
    stopAria: "停止生成",
    you: "你",
    assistant: "助手",
    searching: "正在检索资料…",
    writing: "正在生成回答…",
    candidates: "检索到的段落",
    sources: "出处",
    copy: "复制",
    copyAria: "复制回答",
    copied: "已复制",
    retry: "重试",
    retryAria: "重试这个问题",
    timings: "耗时",
    retrieval: "检索",
    generation: "生成",
    total: "总计",
    mode: "方式",
    modeLlm: "大模型",
    modeExtractive: "摘录",
    helpful: "有帮助吗？",
    fbUp: "有帮助",
    fbDown: "没帮助",
    fbComment: "补充说明（可选）",
    fbSubmit: "提交反馈",
    fbThanks: "感谢反馈！",
    fbFailed: "反馈提交失败：",
    refusal: "资料中没有相关内容",
    warnings: "提示",
    stopped: "已停止生成",
    errorPrefix: "出错了：",
    networkError: "无法连接服务器",
    streamEnded: "连接意外中断",
    interrupted: "回答未完成（页面被刷新）",
    unverified: "未核实的数字",
    sourceAria: "查看出处 {n}",
    showZh: "显示中文",
    showEn: "显示英文",
    showOriginal: "原文",
    showHant: "繁體",
    score: "相关度",
  },
  en: {
    title: "City Climate Action Q&A",
    tagline: "Every answer cites its sources",
    newChat: "New chat",
    newChatAria: "New chat: clear this conversation",
    uiSwitch: "中文",
    uiSwitchAria: "切换到中文界面",
    answerLang: "Answer language",
    langAuto: "Auto",
    emptyIntro: "Ask about the material — every answer cites its sources.",
    plan: "Understood as",
    suggestionsTitle: "You could ask",
    intent_fact: "fact",
    intent_list: "list",
    intent_compare: "comparison",
    intent_summary: "overview",
    intent_quote: "quote",
    intent_about: "about the material",
    intent_greeting: "greeting",
    intent_out_of_scope: "outside the material",
    followUp: " (follow-up)",
    examplesTitle: "Try one of these",
    placeholder: "Ask a question…",
    composerHint: "Enter to send · Shift+Enter for a new line",
    questionAria: "Your question",
    send: "Send",
    sendAria: "Send question",
    stop: "Stop",
    stopAria: "Stop generating",
    you: "You",
    assistant: "Assistant",
    searching: "Searching the material…",
    writing: "Writing the answer…",
    candidates: "Retrieved passages",
    sources: "Sources",
    copy: "Copy",
    copyAria: "Copy answer",
    copied: "Copied",
    retry: "Retry",
    retryAria: "Retry this question",
    timings: "Timings",
    retrieval: "Retrieval",
    generation: "Generation",
    total: "Total",
    mode: "Mode",
    modeLlm: "LLM",
    modeExtractive: "extractive",
    helpful: "Was this helpful?",
    fbUp: "Helpful",
    fbDown: "Not helpful",
    fbComment: "Comment (optional)",
    fbSubmit: "Send feedback",
    fbThanks: "Thanks for your feedback!",
    fbFailed: "Could not send feedback: ",
    refusal: "Not covered by the material",
    warnings: "Notes",
    stopped: "Generation stopped",
    errorPrefix: "Error: ",
    networkError: "Could not reach the server",
    streamEnded: "The connection closed unexpectedly",
    interrupted: "The answer was interrupted (page reloaded)",
    unverified: "unverified figure",
    sourceAria: "Show source {n}",
    showZh: "Show Chinese",
    showEn: "Show English",
    showOriginal: "Original",
    showHant: "Traditional",
    score: "relevance",
  },
};

/** Labels of a passage card: they follow the answer's language, not the interface's. */
export const CARD = {
  zh: { intro: "系列导言", initiative: "举措", quote: "引述", none: "—" },
  en: { intro: "Series introduction", initiative: "Initiative", quote: "Quote", none: "—" },
};

export const EXAMPLES = [
  { lang: "zh", text: "深圳建成了多少座超充站?" },
  { lang: "en", text: "What did Wuhan's party secretary say?" },
  { lang: "zh", text: "广州的通风廊道有几条?" },
  { lang: "en", text: "How does Qingdao monitor energy use?" },
];

let current = "en";

/** Strings that describe the material itself (from /api/catalogue), replacing the generic ones. */
export function setCatalogueStrings(strings) {
  for (const lang of ["zh", "en"]) for (const [key, value] of Object.entries(strings[lang] || {})) if (typeof value === "string") DICT[lang][key] = value;
  applyI18n(document);
}

export function uiLang() {
  return current;
}

/** Look a label up in the current interface language; {name} placeholders come from vars. */
export function t(key, vars) {
  const s = DICT[current][key] ?? DICT.en[key] ?? key;
  return vars ? s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? "")) : s;
}

export function initialLang(stored, navLang) {
  if (stored === "zh" || stored === "en") return stored;
  return /^zh\b/i.test(navLang || "") ? "zh" : "en";
}

function vars(el) {
  return el.dataset.i18nN ? { n: el.dataset.i18nN } : undefined;
}

/** Re-label every element under root that carries data-i18n* attributes. */
export function applyI18n(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n, vars(el));
  for (const el of root.querySelectorAll("[data-i18n-aria]")) el.setAttribute("aria-label", t(el.dataset.i18nAria, vars(el)));
  for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle, vars(el));
  for (const el of root.querySelectorAll("[data-i18n-ph]")) el.placeholder = t(el.dataset.i18nPh);
}

export function setLang(lang) {
  current = lang === "zh" ? "zh" : "en";
  document.documentElement.lang = current === "zh" ? "zh-CN" : "en";
  document.title = t("title");
  applyI18n(document);
}
