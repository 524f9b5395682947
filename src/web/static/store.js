// The conversation and preferences in localStorage. Every access is guarded: storage may be
// disabled (private mode) or full, and the page must keep working without it.

const CHAT_KEY = "cqa.chat.v1";

export function getPref(key) {
  try {
    return localStorage.getItem(`cqa.${key}`);
  } catch {
    return null;
  }
}

export function setPref(key, value) {
  try {
    localStorage.setItem(`cqa.${key}`, value);
  } catch {
    /* storage unavailable: the preference lasts for this page only */
  }
}

/** Messages: { role: "user", content } | { role: "assistant", question, state, answer?, partial?, error?, fb? } */
export function loadChat() {
  try {
    const data = JSON.parse(localStorage.getItem(CHAT_KEY) || "null");
    if (!data || !Array.isArray(data.messages)) return [];
    return data.messages.filter(
      (m) =>
        m &&
        ((m.role === "user" && typeof m.content === "string") ||
          (m.role === "assistant" && typeof m.question === "string")),
    );
  } catch {
    return [];
  }
}

/** Save; when storage is full, drop the oldest exchanges until it fits. */
export function saveChat(messages) {
  let list = messages;
  for (;;) {
    try {
      if (!list.length) localStorage.removeItem(CHAT_KEY);
      else localStorage.setItem(CHAT_KEY, JSON.stringify({ messages: list }));
      return;
    } catch {
      if (list.length <= 2) return;
      list = list.slice(2);
    }
  }
}
