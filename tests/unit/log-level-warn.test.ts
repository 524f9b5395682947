/** LOG_LEVEL=warn: warnings (a skipped corpus file) and errors are written, request lines are not; CORPUS_WATCH is 0 or 1. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";
import { createJsonLogger } from "../../src/entry/node-log.js";

describe("LOG_LEVEL=warn", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes warn and error records to stderr and drops info records", () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const log = createJsonLogger(parseConfig({ LOG_LEVEL: "warn" }).LOG_LEVEL);
    log({ level: "info", msg: "request" });
    log({ level: "warn", msg: "Skipped empty.txt: empty file" });
    log({ level: "error", msg: "boom" });
    expect(out).not.toHaveBeenCalled();
    expect(err.mock.calls.map((c) => JSON.parse(String(c[0])).level)).toEqual(["warn", "error"]);
  });

  it("LOG_LEVEL=error drops warnings; info keeps them", () => {
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    createJsonLogger("error")({ level: "warn", msg: "x" });
    expect(err).not.toHaveBeenCalled();
    createJsonLogger("info")({ level: "warn", msg: "x" });
    expect(err).toHaveBeenCalledTimes(1);
  });
});

describe("CORPUS_WATCH", () => {
  it("is off by default, 1 turns it on, anything else is refused with the variable named", () => {
    expect(parseConfig({}).CORPUS_WATCH).toBe("0");
    expect(parseConfig({ CORPUS_WATCH: "1" }).CORPUS_WATCH).toBe("1");
    expect(() => parseConfig({ CORPUS_WATCH: "yes" })).toThrow(ConfigError);
    expect(() => parseConfig({ CORPUS_WATCH: "yes" })).toThrow(/CORPUS_WATCH/);
  });
});
