// Server-Sent Events over a fetch() body (EventSource cannot POST).

/** Parse one event block ("event: x\ndata: y") into { event, data }, or null for a comment-only block. */
export function parseBlock(block) {
  let event = "message";
  const data = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (!line || line.startsWith(":")) continue;
    const i = line.indexOf(":");
    const field = i < 0 ? line : line.slice(0, i);
    let value = i < 0 ? "" : line.slice(i + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  return data.length || event !== "message" ? { event, data: data.join("\n") } : null;
}

/** Yield { event, data } for each event in a ReadableStream of bytes. */
export async function* readSSE(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buf += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // Normalise line ends; a trailing \r may be half of \r\n, so it waits for the next chunk.
      const hold = !done && buf.endsWith("\r") ? "\r" : "";
      const parts = (hold ? buf.slice(0, -1) : buf).replace(/\r\n?/g, "\n").split("\n\n");
      buf = parts.pop() + hold;
      for (const block of parts) {
        const ev = parseBlock(block);
        if (ev) yield ev;
      }
      if (done) break;
    }
    finished = true;
    if (buf.trim()) {
      const ev = parseBlock(buf);
      if (ev) yield ev;
    }
  } finally {
    // Left early (the caller stopped reading): cancel so the connection is released.
    if (!finished) reader.cancel().catch(() => {});
  }
}
