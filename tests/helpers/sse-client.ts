/** Reads Server-Sent Events from a fetch Response as they arrive, the way a browser's client does. */

export interface SseEvent {
  event: string;
  data: string;
  /** performance.now() when the frame was complete at the client. */
  at: number;
}

export async function* readSse(response: Response): AsyncGenerator<SseEvent> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(bytes, { stream: true }).replace(/\r\n?/g, "\n");
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of frame.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { event, data: data.join("\n"), at: performance.now() };
    }
  }
}

/** All events of a finished stream. */
export async function collectSse(response: Response): Promise<SseEvent[]> {
  const out: SseEvent[] = [];
  for await (const e of readSse(response)) out.push(e);
  return out;
}

/** Every event of an /api/chat stream, from the app directly (no HTTP server needed). */
export async function chatStream(app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }, body: object) {
  const res = await app.request("/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...body, stream: true }),
  });
  return { res, events: await collectSse(res) };
}
