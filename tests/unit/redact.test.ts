/** Secrets never reach a log line or an error message. */
import { describe, expect, it } from "vitest";
import { configSecrets, createRedactor, redactRecord, REDACTED } from "../../src/util/redact.js";

describe("redaction", () => {
  const redact = createRedactor(["my-admin-token-42", "local-key-without-prefix", undefined, "abc"]);

  it("removes configured secrets, also URL-encoded", () => {
    expect(redact("token my-admin-token-42 used")).toBe(`token ${REDACTED} used`);
    expect(redact("https://x/?q=local-key-without-prefix")).not.toContain("local-key-without-prefix");
    expect(redact(encodeURIComponent("a=my-admin-token-42"))).not.toContain("my-admin-token-42");
    // Too short to search for: ordinary words stay.
    expect(redact("abc def")).toBe("abc def");
  });

  it("removes anything shaped like a key or credential", () => {
    const cases = [
      "401 Incorrect API key provided: sk-proj-AbCdEf0123456789xyz",
      "sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXX rejected",
      "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig",
      'headers: {"authorization":"Basic dXNlcjpwYXNz"}',
      "GET https://api.example/v1?api_key=AKIA1234567890&x=1",
      'x-api-key: "0123456789abcdef"',
    ];
    for (const line of cases) {
      const out = redact(line);
      expect(out, line).toContain(REDACTED);
      expect(out).not.toMatch(/sk-proj-AbC|sk-ant-api03|eyJhbGci|dXNlcjpwYXNz|AKIA1234567890|0123456789abcdef/);
    }
    expect(redact("GET https://api.example/v1?api_key=AKIA1234567890&x=1")).toContain("&x=1");
  });

  it("leaves ordinary text alone", () => {
    const text = "Shenzhen has built 1,055 supercharging stations; ask-me skeleton sk-8 keys";
    expect(redact(text)).toBe(text);
  });

  it("redacts every string of a log record, nested and in errors", () => {
    const lines: unknown[] = [];
    const redact = createRedactor(configSecrets({ LLM_API_KEY: "sk-live-123456789", ADMIN_TOKEN: "admin-secret-token" }));
    const log = (record: Parameters<typeof redactRecord>[0]) => lines.push(redactRecord(record, redact));
    log({ level: "error", msg: "upstream said: bad key sk-live-123456789", error: new Error("Bearer admin-secret-token"), nested: { list: ["admin-secret-token", 3] } });
    const text = JSON.stringify(lines);
    expect(text).not.toContain("sk-live-123456789");
    expect(text).not.toContain("admin-secret-token");
    expect(text).toContain('"level":"error"');
    expect(text).toContain(",3]");
  });
});
