// The chat page: state, the /api/chat stream, persistence and the page's controls.
import { EXAMPLES, initialLang, setCatalogueStrings, setLang, uiLang } from "./i18n.js";
import { readSSE } from "./sse.js";
import { getPref, setPref, loadChat, saveChat } from "./store.js";
import { el, guessLang, paintFinal, streamingMessage, userMessage } from "./message.js";
import { showCorpusStatus } from "./corpus-status.js";

const MAX_HISTORY = 10;
const $ = (id) => document.getElementById(id);
const ui = {
  scroller: $("scroller"),
  empty: $("empty"),
  examples: $("examples"),
  log: $("messages"),
  form: $("composer"),
  input: $("question"),
  send: $("send"),
  stop: $("stop"),
  newChat: $("new-chat"),
  uiLang: $("ui-lang"),
  answerLang: $("answer-lang"),
};

/** @type {any[]} user and assistant messages, in order */
let messages = loadChat();
/** @type {{ controller: AbortController, reason: string | null } | null} */
let active = null;
let stickToBottom = true;

const hooks = {
  save: () => saveChat(messages),
  sendFeedback,
};

// ---- scrolling: follow the stream only while the reader is at the bottom ----
function nearBottom() {
  const s = ui.scroller;
  return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
}
function keepBottom(force) {
  if (force) stickToBottom = true;
  if (stickToBottom) ui.scroller.scrollTop = ui.scroller.scrollHeight;
}
ui.scroller.addEventListener("scroll", () => {
  stickToBottom = nearBottom();
}, { passive: true });

// ---- rendering ----
function isLastAssistant(m) {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].role === "assistant") return messages[i] === m;
  return false;
}

function renderAll() {
  ui.log.replaceChildren();
  for (const m of messages) {
    if (m.role === "user") ui.log.append(userMessage(m.content));
    else {
      const root = el("article", "msg assistant");
      paintFinal(root, m, hooks, isLastAssistant(m));
      ui.log.append(root);
    }
  }
  ui.empty.hidden = messages.length > 0;
}

function setBusy(busy) {
  ui.send.hidden = busy;
  ui.stop.hidden = !busy;
  ui.log.setAttribute("aria-busy", String(busy));
}

function dropRetryButtons() {
  for (const b of ui.log.querySelectorAll(".retry")) b.remove();
}

// ---- talking to the server ----
function history() {
  const turns = [];
  for (const m of messages) {
    if (m.role !== "assistant" || m.state !== "done" || !m.answer) continue;
    turns.push({ role: "user", content: m.question.slice(0, 20000) }, { role: "assistant", content: m.answer.answer.slice(0, 20000) });
  }
  return turns.slice(-MAX_HISTORY);
}

async function errorFrom(res) {
  try {
    const body = await res.json();
    if (body?.error?.message) return { code: body.error.code, message: body.error.message };
  } catch {
    /* not JSON */
  }
  return { code: String(res.status), message: `${res.status} ${res.statusText}`.trim() };
}

async function ask(raw) {
  const question = String(raw || "").trim();
  if (!question || active) return;
  // "繁體" asks for Chinese in Traditional script; the server also answers a Traditional question in kind.
  const hant = ui.answerLang.value === "zh-hant";
  const lang = hant ? "zh" : ui.answerLang.value;
  const body = { question, history: history(), lang, stream: true, ...(hant ? { script: "hant" } : {}) };
  const m = { role: "assistant", question, lang, state: "streaming" };
  messages.push({ role: "user", content: question });
  saveChat(messages);
  messages.push(m);
  dropRetryButtons();
  ui.empty.hidden = true;
  ui.log.append(userMessage(question));
  const view = streamingMessage(guessLang(question, lang));
  ui.log.append(view.root);
  keepBottom(true);

  const controller = new AbortController();
  active = { controller, reason: null };
  const mine = active;
  let sources = null;
  setBusy(true);
  try {
    const res = await fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (!res.ok) throw Object.assign(new Error("http"), { body: await errorFrom(res) });
    if (!/event-stream/.test(res.headers.get("content-type") || "")) {
      m.answer = await res.json(); // a server that answered without streaming
    } else {
      for await (const ev of readSSE(res.body)) {
        if (controller.signal.aborted) throw new DOMException("Aborted", "AbortError");
        let data;
        try {
          data = JSON.parse(ev.data);
        } catch {
          data = ev.event === "token" ? { text: ev.data } : null;
        }
        if (ev.event === "token") {
          const near = stickToBottom;
          view.token(String(data?.text ?? ""));
          if (near) keepBottom();
        } else if (ev.event === "sources") {
          if (Array.isArray(data)) sources = data;
          view.candidates(data);
          keepBottom();
        } else if (ev.event === "done") {
          m.answer = data;
          break;
        } else if (ev.event === "error") {
          throw Object.assign(new Error("stream"), { body: data?.error || { message: String(ev.data) } });
        }
      }
    }
    if (!m.answer || typeof m.answer.answer !== "string") throw Object.assign(new Error("eof"), { key: "streamEnded" });
    m.state = "done";
  } catch (ex) {
    if (mine.reason === "reset") return; // the conversation was cleared: nothing to show
    m.state = "error";
    m.answer = undefined;
    m.partial = view.text();
    if (m.partial && sources) m.sources = sources; // the partial answer's [n] refer to these
    if (mine.reason === "stop") m.error = { key: "stopped" };
    else if (ex?.body) m.error = { code: ex.body.code, message: ex.body.message };
    else if (ex?.key) m.error = { key: ex.key };
    else m.error = { key: "networkError" };
  } finally {
    if (active === mine) {
      active = null;
      setBusy(false);
    }
  }
  const near = stickToBottom;
  paintFinal(view.root, m, hooks, true);
  saveChat(messages);
  if (near) keepBottom();
}

async function sendFeedback(m, rating, comment) {
  const a = m.answer;
  const body = {
    rating,
    question: m.question,
    answer: a.answer,
    lang: a.lang,
    mode: a.mode,
    citations: (a.citations || []).map((c) => c.id),
    timings: a.timings,
  };
  if (comment) body.comment = comment;
  const res = await fetch("/api/feedback", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error((await errorFrom(res)).message);
}

// ---- controls ----
function submitQuestion() {
  const q = ui.input.value;
  if (!q.trim() || active) return;
  ui.input.value = "";
  autosize();
  ask(q);
}

function retryLast() {
  if (active) return;
  let i = messages.length - 1;
  while (i >= 0 && messages[i].role !== "assistant") i--;
  if (i < 0) return;
  const question = messages[i].question;
  // Drop the failed exchange (its question and its answer) and ask again.
  const start = i > 0 && messages[i - 1].role === "user" ? i - 1 : i;
  messages.splice(start);
  // One node per message, in order: drop the nodes of the removed messages.
  for (const n of [...ui.log.children].slice(start)) n.remove();
  ask(question);
}

function newConversation() {
  if (active) {
    active.reason = "reset";
    active.controller.abort();
    active = null;
    setBusy(false);
  }
  messages = [];
  saveChat(messages);
  ui.log.replaceChildren();
  ui.empty.hidden = false;
  ui.input.value = "";
  autosize();
  ui.input.focus();
}

function autosize() {
  const ta = ui.input;
  ta.style.height = "auto";
  ta.style.height = `${Math.min(ta.scrollHeight, 200)}px`;
}

function flash(card) {
  const details = card.closest("details");
  if (details && !details.open) details.open = true;
  card.classList.remove("flash");
  void card.offsetWidth; // restart the animation
  card.classList.add("flash");
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  card.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "nearest" });
  card.focus({ preventScroll: true });
}

ui.form.addEventListener("submit", (e) => {
  e.preventDefault();
  submitQuestion();
});
ui.input.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && active) {
    ui.stop.click();
    return;
  }
  // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition (pinyin) is left alone.
  if (e.key !== "Enter" || e.shiftKey || e.isComposing || e.keyCode === 229) return;
  e.preventDefault();
  submitQuestion();
});
ui.input.addEventListener("input", autosize);
ui.stop.addEventListener("click", () => {
  // Stop keeps what was written so far; the message can be retried.
  if (!active) return;
  active.reason = "stop";
  active.controller.abort();
  ui.input.focus();
});
ui.newChat.addEventListener("click", newConversation);
ui.uiLang.addEventListener("click", () => {
  const next = uiLang() === "zh" ? "en" : "zh";
  setPref("uiLang", next);
  setLang(next);
});
ui.answerLang.addEventListener("change", () => setPref("answerLang", ui.answerLang.value));
ui.log.addEventListener("click", (e) => {
  const target = /** @type {Element} */ (e.target);
  const chip = target.closest?.(".cite-chip");
  if (chip) {
    const msg = chip.closest(".msg.assistant");
    const card = msg?.querySelector(`.source-card[data-n="${chip.dataset.n}"]`);
    if (card) flash(card);
    return;
  }
  if (target.closest?.(".retry")) retryLast();
  const suggestion = target.closest?.(".suggestion");
  if (suggestion && !active) ask(suggestion.dataset.question);
});

// ---- start ----
function exampleButton(ex) {
  const b = el("button", "example", ex.text);
  b.type = "button";
  b.lang = ex.lang === "zh" ? "zh-CN" : "en";
  b.addEventListener("click", () => ask(ex.text));
  return b;
}
for (const ex of EXAMPLES) ui.examples.append(exampleButton(ex));
// The welcome and the example questions describe the material from its own catalogue once it is known.
fetch("/api/catalogue")
  .then((res) => (res.ok ? res.json() : null))
  .then((cat) => {
    if (!cat) return;
    setCatalogueStrings({ zh: { emptyIntro: cat.welcome?.zh }, en: { emptyIntro: cat.welcome?.en } });
    const zh = cat.suggestions?.zh || [];
    const en = cat.suggestions?.en || [];
    const examples = zh.flatMap((text, i) => [{ lang: "zh", text }, ...(en[i] ? [{ lang: "en", text: en[i] }] : [])]);
    if (examples.length) ui.examples.replaceChildren(...examples.slice(0, 4).map(exampleButton));
  })
  .catch(() => {});
const storedAnswerLang = getPref("answerLang");
if (["auto", "zh", "zh-hant", "en"].includes(storedAnswerLang)) ui.answerLang.value = storedAnswerLang;
setLang(initialLang(getPref("uiLang"), navigator.language));

// An exchange cut short by a reload: its question stays, with an "interrupted" answer that can be retried.
for (let i = 0; i < messages.length; i++) {
  const m = messages[i];
  const next = messages[i + 1];
  if (m.role === "assistant" && m.state === "streaming") Object.assign(m, { state: "error", error: { key: "interrupted" } });
  if (m.role === "user" && (!next || next.role !== "assistant")) {
    messages.splice(i + 1, 0, { role: "assistant", question: m.content, state: "error", error: { key: "interrupted" } });
  }
}
renderAll();
keepBottom(true);
showCorpusStatus({ empty: ui.empty, input: ui.input, send: ui.send });
