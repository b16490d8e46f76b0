import { performance } from "node:perf_hooks";

/** The fastest of `runs` runs of `body`, in milliseconds: the least disturbed by a noisy machine. */
export function bestOf(runs: number, body: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
