// How far V8 lets a heap grow past what is live before its next full collection. By default it grows it
// by up to four times when collecting is cheap next to the work done, which is the case in isnad's long
// runs: each thread (the main one and every worker) then holds several hundred MB of garbage, and the
// process's peak is mostly that. A fixed factor bounds it; measured with `npm run bench` (bench/README.md).
// ISNAD_HEAP_GROWTH=percent sets another factor; 0 leaves V8's own.
import v8 from 'node:v8';

/** The heap may grow to (1 + percent / 100) × what was live after the last full collection. */
export const DEFAULT_HEAP_GROWTH_PERCENT = 100;

let done = false;

/** Sets the factor once for the whole process (worker threads share V8's flags); call it early. */
export function limitHeapGrowth(
  percent = Number(process.env.ISNAD_HEAP_GROWTH ?? DEFAULT_HEAP_GROWTH_PERCENT),
): void {
  if (done) return;
  done = true;
  if (!Number.isFinite(percent) || percent <= 0) return;
  v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
