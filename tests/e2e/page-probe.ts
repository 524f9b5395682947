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

/** Runs in the page before its own scripts (page.addInitScript). */
export function installProbe(): void {
  const probe: PageProbe = {
    sentAt: null,
    firstTokenAt: null,
    firstPaintAt: null,
    doneAt: null,
    states: [],
    tokenMutations: 0,
    streamedText: "",
  };
  window.__probe = probe;
  const sent = () => {
    probe.sentAt = performance.now();
    probe.firstTokenAt = probe.firstPaintAt = probe.doneAt = null;
  };
  document.addEventListener("submit", (e) => {
    if ((e.target as Element).id === "composer") sent();
  }, true);
  document.addEventListener("keydown", (e) => {
    const t = e.target as Element;
    if (t.id === "question" && e.key === "Enter" && !e.shiftKey && !e.isComposing) sent();
  }, true);
  document.addEventListener("click", (e) => {
    if ((e.target as Element).closest?.(".example")) sent();
  }, true);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes") {
        const state = (r.target as HTMLElement).dataset?.state;
        if (state && (r.target as Element).matches(".msg.assistant")) {
          probe.states.push(state);
          if (state === "done" && probe.doneAt === null) probe.doneAt = performance.now();
        }
        continue;
      }
      const node = r.type === "characterData" ? r.target.parentElement : (r.target as Element);
      const answer = node?.closest?.(".answer.streaming");
      if (!answer) {
        // A new streaming article is added with data-state already set.
        for (const added of r.addedNodes) {
          const state = (added as HTMLElement).dataset?.state;
          if (state && (added as Element).matches?.(".msg.assistant")) probe.states.push(state);
        }
        continue;
      }
      if (r.type !== "characterData") continue;
      probe.tokenMutations++;
      const text = answer.textContent ?? "";
      if (text.length > probe.streamedText.length) probe.streamedText = text;
      if (probe.firstTokenAt === null && text.length > 0) {
        probe.firstTokenAt = performance.now();
        requestAnimationFrame(() => {
          probe.firstPaintAt = performance.now();
        });
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-state"] });
}
