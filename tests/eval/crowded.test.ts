/**
 * Retrieval that holds among many same-topic passages of other cities (tests/bench/crowded.ts): the seed corpus plus
 * 5,000 generated passages on the same topics about ~140 other cities. City hit@1 per language at least 0.97, and
 * not below plain BM25 (tuned on the tuning part) over the same passages in the same run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runCrowded, type CrowdedResult } from "../bench/crowded.js";

let result: CrowdedResult;

beforeAll(async () => {
  result = await runCrowded({ passages: 5_000, seed: 7 });
}, 300_000);

describe("among 5,000 same-topic passages about other cities", () => {
  it("really is crowded: thousands of passages, the seed's cities only in the seed", () => {
    expect(result.passages).toBeGreaterThan(5_000);
    const seedCities = new Set(["Zhenjiang", "Qingdao", "Guangzhou", "Shenzhen", "Dalian", "Wuhan"]);
    const generated = result.engine.passages.filter((p) => !p.doc.startsWith("cities-climate-action"));
    expect(generated.filter((p) => p.city && seedCities.has(p.city.en))).toHaveLength(0);
    expect(new Set(generated.map((p) => p.city?.en)).size).toBeGreaterThan(50);
  });

  for (const set of ["zh", "en", "zh-Hant"]) {
    it(`finds the right city first for at least 97% of ${set} questions, and no less often than plain BM25`, () => {
      const row = result.rows.find((r) => r.set === set)!;
      expect(row.questions).toBeGreaterThanOrEqual(25);
      expect(row.ours).toBeGreaterThanOrEqual(0.97);
      expect(row.ours).toBeGreaterThanOrEqual(row.bm25);
    });
  }

  it("generalises: the report part within 3 points of the tuning part", () => {
    for (const lang of ["zh", "en"]) {
      const tune = result.rows.find((r) => r.set === `${lang} tune`)!;
      const report = result.rows.find((r) => r.set === `${lang} report`)!;
      expect(Math.abs(tune.ours - report.ours), lang).toBeLessThanOrEqual(0.03);
    }
  });
});
