/** The JSON logger writes only the levels asked for, and prepares (redacts) only what it writes. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createJsonLogger } from "../../src/entry/node-log.js";

describe("JSON logger", () => {
  afterEach(() => vi.restoreAllMocks());

  it("skips info records at LOG_LEVEL=error without preparing them, and prepares the ones it writes", () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const prepare = vi.fn((r: { level: "info" | "error" | "warn"; msg: string }) => ({ ...r, msg: r.msg.replace("secret", "[REDACTED]") }));
    const log = createJsonLogger("error", prepare);
    log({ level: "info", msg: "request secret" });
    expect(prepare).not.toHaveBeenCalled();
    expect(out).not.toHaveBeenCalled();
    log({ level: "error", msg: "upstream said secret" });
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(String(err.mock.calls[0]![0])).toContain('"msg":"upstream said [REDACTED]"');
  });

  it("writes info records to stdout at LOG_LEVEL=info and nothing at silent", () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    createJsonLogger("silent")({ level: "error", msg: "x" });
    expect(out).not.toHaveBeenCalled();
    createJsonLogger("info")({ level: "info", msg: "hello" });
    expect(String(out.mock.calls[0]![0])).toMatch(/^\{"time":"[^"]+","level":"info","msg":"hello"\}\n$/);
  });
});
