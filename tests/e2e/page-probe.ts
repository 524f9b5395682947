/**
 * An init script for the chat page that watches it from inside (MutationObserver, performance.now()): when a
 * question is sent, each answer state, every painted token, and the streamed text. Shared by the browser tests
 * and the page-metrics script.
 */

export interface PageProbe {
  /** performance.now() of the latest send (form submit or an example button). */
  sentAt: number | null;
  /** The first token's text node change after the latest send, and the next animation frame (paint). */
  firstTokenAt: number | null;
  firstPaintAt: number | null;
  doneAt: number | null;
  /** data-state values answers took, in order ("streaming", "done", "error"). */
  states: string[];
  /** Token mutations seen while streaming, in total. */
  tokenMutations: number;
  /** The longest text a streaming answer showed. */
  streamedText: string;
}

declare global {
  interface Window {
    __probe: PageProbe;
    __xss?: unknown;
  }
}

/**
 * Runs in the page before its own scripts: `context.addInitScript({ content: PROBE_SCRIPT })`. Plain JavaScript in a
 * string, because a function handed to the browser by its source text breaks when a transpiler (tsx keeps names
 * with `__name(...)` calls) rewrites it.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { sentAt: null, firstTokenAt: null, firstPaintAt: null, doneAt: null, states: [], tokenMutations: 0, streamedText: "" };
  window.__probe = probe;
  const sent = () => {
    probe.sentAt = performance.now();
    probe.firstTokenAt = probe.firstPaintAt = probe.doneAt = null;
  };
  document.addEventListener("submit", (e) => { if (e.target.id === "composer") sent(); }, true);
  document.addEventListener("keydown", (e) => {
    if (e.target.id === "question" && e.key === "Enter" && !e.shiftKey && !e.isComposing) sent();
  }, true);
  document.addEventListener("click", (e) => { if (e.target.closest && e.target.closest(".example")) sent(); }, true);
  const isAnswer = (n) => n && n.nodeType === 1 && n.matches(".msg.assistant");
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes") {
        if (!isAnswer(r.target) || !r.target.dataset.state) continue;
        probe.states.push(r.target.dataset.state);
        if (r.target.dataset.state === "done" && probe.doneAt === null) probe.doneAt = performance.now();
        continue;
      }
      if (r.type === "childList") {
        // A new streaming answer is added with its data-state already set.
        for (const added of r.addedNodes) if (isAnswer(added) && added.dataset.state) probe.states.push(added.dataset.state);
        continue;
      }
      const answer = r.target.parentElement && r.target.parentElement.closest(".answer.streaming");
      if (!answer) continue;
      probe.tokenMutations++;
      const text = answer.textContent || "";
      if (text.length > probe.streamedText.length) probe.streamedText = text;
      if (probe.firstTokenAt === null && text.length > 0) {
        probe.firstTokenAt = performance.now();
        requestAnimationFrame(() => { probe.firstPaintAt = performance.now(); });
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-state"] });
})();`
