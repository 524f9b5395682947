/**
 * A timeout signal that is released as soon as the work ends. `AbortSignal.timeout` keeps its timer, and whatever
 * listens to it, alive for the full duration even after the request finished, which holds memory under load.
 */
export interface Deadline {
  signal: AbortSignal;
  /** True when the deadline (not the caller's signal) fired. */
  readonly expired: boolean;
  clear(): void;
}

export function createDeadline(ms: number, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException("deadline passed", "TimeoutError"));
  }, ms);
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    clear() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParentAbort);
    },
  };
}
