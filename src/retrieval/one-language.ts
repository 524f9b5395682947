/**
 * Coverage of a passage written in one language only, asked about in the other. Only the question's concepts
 * (glossary), figures and names can match such a passage, so its coverage is measured over those alone. That is
 * what lets a Chinese question find an English-only passage at all; but a measure over two or three terms reaches
 * 100% far more easily than one over all of them, and so the English-only series introduction, which shares a few
 * broad concepts with most questions, outranked Chinese passages that matched the whole question. The coverage is
 * therefore discounted by how much of the question (by IDF weight) it could be judged on.
 *
 * The exponent: 0.5 puts the introduction below the matching city passage on broad Chinese questions while a
 * Chinese question about an English-only passage (through a concept and a figure or a name) still finds it first;
 * tests/eval is unchanged with it (the figures are in README).
 */
export const ONE_LANGUAGE_EXPONENT = 0.5;

/**
 * `coverage`: the matched share of the terms the passage could be judged on; `judgedShare`: their share of the
 * question's whole topic weight (1 when the passage has the question's language).
 */
export function oneLanguageCoverage(coverage: number, judgedShare: number): number {
  if (judgedShare >= 1 || coverage === 0) return coverage;
  return coverage * Math.max(0, judgedShare) ** ONE_LANGUAGE_EXPONENT;
}
