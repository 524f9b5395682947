// When the server has no usable material (GET /healthz says "degraded"), the page says so plainly, with the
// server's reason, instead of letting every question end in a refusal; questions stay possible once it recovers.
import { uiLang } from "./i18n.js";

const TEXT = {
  zh: { title: "资料库是空的", body: "服务器还没有可用的资料，所以现在无法回答问题。请管理员在资料目录中加入文档后重新建立索引。" },
  en: { title: "No material yet", body: "The server has no usable material, so it cannot answer questions yet. An administrator needs to add documents to the corpus folder and reindex." },
};

export async function showCorpusStatus({ empty, input, send }) {
  let health;
  try {
    const res = await fetch("/healthz", { headers: { accept: "application/json" } });
    health = await res.json();
  } catch {
    return;
  }
  if (health?.status !== "degraded") return;
  const text = TEXT[uiLang()] ?? TEXT.en;
  const note = document.createElement("div");
  note.className = "corpus-empty";
  note.setAttribute("role", "status");
  const h = document.createElement("h2");
  h.textContent = text.title;
  const p = document.createElement("p");
  p.textContent = text.body;
  const why = document.createElement("p");
  why.className = "corpus-empty-reason";
  why.textContent = String(health.reason ?? "");
  note.append(h, p, why);
  empty.prepend(note);
  empty.hidden = false;
  input.disabled = true;
  send.disabled = true;
}
