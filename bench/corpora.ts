// Where the benchmarks find their input: the repository, the shared folder beside the clone (or
// ISNAD_SHARED), and the two real corpora every speed figure is taken on.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (these files run from dist/bench). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shared data folder beside the clone, or ISNAD_SHARED. */
export const SHARED = process.env.ISNAD_SHARED ?? join(ROOT, '..', 'shared');
/** The two real corpora of ../shared/data (folders of .jsonl.gz files). */
export const BENCH_CORPORA: readonly string[] = [
  join(SHARED, 'data', 'ant-multisource-2018'),
  join(SHARED, 'data', 'saudinewsnet-2015'),
];
