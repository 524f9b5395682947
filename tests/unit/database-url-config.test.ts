/** DATABASE_URL: validated at start, and its password treated as a secret by the log redactor. */
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";
import { databaseSecrets } from "../../src/entry/node-feedback.js";
import { createRedactor } from "../../src/util/redact.js";

describe("DATABASE_URL", () => {
  it("is unset by default (SQLite) and accepts postgres:// and postgresql:// URLs", () => {
    expect(parseConfig({}).DATABASE_URL).toBeUndefined();
    expect(parseConfig({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(parseConfig({ DATABASE_URL: "postgres://u:p@db:5432/qa" }).DATABASE_URL).toBe("postgres://u:p@db:5432/qa");
    expect(parseConfig({ DATABASE_URL: "postgresql://db/qa" }).DATABASE_URL).toBe("postgresql://db/qa");
  });

  it("rejects other URLs, naming the variable", () => {
    expect(() => parseConfig({ DATABASE_URL: "mysql://db/qa" })).toThrow(ConfigError);
    expect(() => parseConfig({ DATABASE_URL: "sqlite:data.db" })).toThrow(/DATABASE_URL/);
  });

  it("gives its (URL-decoded) password to the redactor", () => {
    const config = parseConfig({ DATABASE_URL: "postgres://app:s%40cret-pw@db:5432/qa" });
    expect(databaseSecrets(config)).toEqual(["s@cret-pw"]);
    expect(createRedactor(databaseSecrets(config))("connect failed for s@cret-pw")).not.toContain("s@cret-pw");
    expect(databaseSecrets(parseConfig({ DATABASE_URL: "postgres://db/qa" }))).toEqual([]);
  });
});
