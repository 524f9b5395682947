/** Small numeric helpers for the benchmark: percentiles of latency samples and timing. */

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentiles (ms), rounded to 3 decimals. */
export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), mean: round(mean) };
}

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Times each call of `fn` over `inputs`, `rounds` times, after one untimed warm-up round. */
export async function timeEach<T>(inputs: T[], fn: (input: T) => unknown, rounds = 3): Promise<number[]> {
  for (const input of inputs) await fn(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const started = performance.now();
      await fn(input);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

export const mb = (bytes: number) => round(bytes / 1048576, 1);
