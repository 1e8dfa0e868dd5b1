// Parallel extraction. Documents are independent until reconciliation, so `analyzeStream` sends
// them in batches to worker threads (worker.ts) and yields the analyses in input order, with the
// ingest problems passed through where they came. Only a bounded number of batches is in flight,
// and the input is pulled only when there is room, so memory stays flat whatever the corpus size
// (backpressure on the ingest stream). With one job, or a handful of documents, everything runs
// in-process: no worker start-up cost for a five-article story.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { sharedKnownWordVectors, sharedNerModelBytes } from '../extract/ner/index.js';
import { isProblem } from '../ingest/index.js';
import type { DocAnalysis, Document, InputProblem } from '../types.js';
import { analyzeOne, type BatchReply, loadShaper, type Shaper, type WorkerInit } from './worker.js';

export interface PoolOptions {
  /** Worker threads; default one per core (os.availableParallelism()), clamped to 1..8. */
  jobs?: number;
  /** Documents per message to a worker; default 64. */
  batchSize?: number;
  /** Batches sent and not yet yielded; default 4 per job. */
  inFlight?: number;
  /** Fewer documents than this in the whole input: no workers; default 50. */
  minDocs?: number;
  /** ISO date near the story, passed to analyzeDocument. */
  hint?: string | null;
  /** Workers send back only what the dossier needs (see leanAnalysis). */
  lean?: boolean;
  /**
   * URL of a module exporting `shape(analysis)`: each analysis is shaped where it is made (in the
   * worker) and the stream yields `{ doc, ...shape(analysis) }` instead, so that work the caller
   * would do per document in the main thread runs in the workers too (the store's ingest).
   */
  shape?: string;
}

export type PoolOutput = DocAnalysis | InputProblem;
type Item = Document | InputProblem;

export function isAnalysis(x: PoolOutput): x is DocAnalysis {
  return 'doc' in x;
}

export const MAX_JOBS = 8;

export function defaultJobs(): number {
  return clampJobs(
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
  );
}

function clampJobs(n: number): number {
  return Math.min(MAX_JOBS, Math.max(1, Math.floor(n) || 1));
}

const failed = (doc: Document, why: string): InputProblem => ({
  source: doc.source,
  reason: `analysis failed: ${why}`,
});

function inProcess(x: Item, hint: string | null, shaper: Shaper | null = null): PoolOutput {
  if (isProblem(x)) return x;
  const r = analyzeOne(x, hint);
  if ('error' in r) return failed(x, r.error);
  return shaper ? ({ doc: x, ...shaper(r) } as DocAnalysis) : r;
}

/** Analyses and problems, in input order. Closing the generator early stops the workers and the input. */
export async function* analyzeStream(
  input: AsyncIterable<Item>,
  opts: PoolOptions = {},
): AsyncGenerator<PoolOutput> {
  const jobs = clampJobs(opts.jobs ?? defaultJobs());
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? 64));
  const inFlight = Math.max(1, Math.floor(opts.inFlight ?? jobs * 4));
  const minDocs = opts.minDocs ?? 50;
  const hint = opts.hint ?? null;
  const shaper = opts.shape ? await loadShaper(opts.shape) : null;
  const it = input[Symbol.asyncIterator]();
  let ended = false;
  const head: Item[] = [];
  const pull = async (): Promise<Item | undefined> => {
    if (head.length) return head.shift();
    if (ended) return undefined;
    const r = await it.next();
    if (r.done) {
      ended = true;
      return undefined;
    }
    return r.value;
  };
  let pool: WorkerPool | null = null;
  try {
    // look ahead far enough to know whether workers are worth starting
    if (jobs > 1) {
      let docs = 0;
      // read from the input itself: pull() would hand back what is already looked ahead
      while (docs < minDocs && !ended) {
        const r = await it.next();
        if (r.done) {
          ended = true;
          break;
        }
        head.push(r.value);
        if (!isProblem(r.value)) docs++;
      }
    }
    if (jobs <= 1 || ended) {
      for (let x = await pull(); x !== undefined; x = await pull()) yield inProcess(x, hint, shaper);
      return;
    }
    pool = new WorkerPool(jobs, hint, opts.lean ?? false, opts.shape ? { url: opts.shape, shaper } : null);
    const queue: Promise<PoolOutput[]>[] = []; // batches in input order
    for (;;) {
      while (queue.length < inFlight && (head.length || !ended)) {
        const items: Item[] = [];
        let docs = 0;
        while (docs < batchSize && items.length < batchSize * 4) {
          const x = await pull();
          if (x === undefined) break;
          items.push(x);
          if (!isProblem(x)) docs++;
        }
        if (items.length) queue.push(pool.run(items));
      }
      const next = queue.shift();
      if (!next) break;
      for (const x of await next) yield x;
    }
  } finally {
    pool?.close();
    if (!ended) await it.return?.(undefined);
  }
}

interface Pending {
  docs: Document[];
  resolve: (out: PoolOutput[]) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  replied: boolean;
  dead: boolean;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A fixed set of worker threads. A batch goes to the worker with the fewest batches pending. A
 * worker that dies takes its pending batches with it as problems (or, if it never answered at all,
 * e.g. it could not load, they are redone in-process) and is replaced a bounded number of times;
 * after that, batches run in-process. `run` never rejects.
 */
class WorkerPool {
  private slots: Slot[] = [];
  private nextId = 0;
  private respawns: number;
  private closed = false;
  /** One table of the NER tagger's known words for all the workers, filled by whichever meets a word first. */
  private readonly knownWordVectors = sharedKnownWordVectors();
  /** The tagger's model, unzipped once here and held once for all the workers (null: each loads its own). */
  private readonly nerModel = sharedNerModelBytes();

  constructor(
    jobs: number,
    private hint: string | null,
    private lean = false,
    private shape: { url: string; shaper: Shaper | null } | null = null,
  ) {
    this.respawns = jobs * 2;
    for (let i = 0; i < jobs; i++) this.spawn();
  }

  private spawn(): void {
    const init: WorkerInit = {
      role: 'isnad-extract',
      hint: this.hint,
      lean: this.lean,
      shape: this.shape?.url,
      knownWordVectors: this.knownWordVectors,
      ...(this.nerModel ? { nerModel: this.nerModel } : {}),
    };
    // a larger young generation than V8's default: extraction makes many short-lived strings and arrays.
    // 32 MB, not 64: two whole-corpus bench pairs gave the same speed (0.44 / 0.40 of the baseline
    // against 0.40 / 0.47) and 75–100 MB less peak memory (807 / 803 MB against 903 / 878)
    const slot: Slot = {
      worker: new Worker(WORKER_URL, { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 32 } }),
      pending: new Map(),
      replied: false,
      dead: false,
    };
    slot.worker.on('message', (m: BatchReply) => {
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      slot.replied = true;
      p.resolve(
        p.docs.map((doc, i) => {
          const r = m.results[i];
          if (!r) return failed(doc, 'the worker thread sent no result for it');
          if ('error' in r) return failed(doc, r.error);
          // the worker does not send the document back; `doc` first, as analyzeDocument has it
          return { doc, ...r.analysis };
        }),
      );
    });
    const fail = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      this.slots = this.slots.filter((s) => s !== slot);
      for (const p of slot.pending.values()) {
        p.resolve(
          slot.replied
            ? p.docs.map((d) => failed(d, why))
            : p.docs.map((d) => inProcess(d, this.hint, this.shape?.shaper)),
        );
      }
      slot.pending.clear();
      if (!this.closed && this.respawns > 0) {
        this.respawns--;
        this.spawn();
      }
    };
    slot.worker.on('error', (e) => fail(`the worker thread stopped (${e.message})`));
    slot.worker.on('messageerror', (e) => fail(`a worker message could not be read (${e.message})`));
    slot.worker.on('exit', (code) => fail(`the worker thread exited (code ${code})`));
    this.slots.push(slot);
  }

  run(items: Item[]): Promise<PoolOutput[]> {
    const docs = items.filter((x): x is Document => !isProblem(x));
    if (!docs.length) return Promise.resolve(items as InputProblem[]);
    return this.send(docs).then((results) => {
      let i = 0;
      return items.map((x) => (isProblem(x) ? x : (results[i++] ?? failed(x, 'no result came back'))));
    });
  }

  private send(docs: Document[]): Promise<PoolOutput[]> {
    let slot = this.slots[0];
    if (!slot) return Promise.resolve(docs.map((d) => inProcess(d, this.hint, this.shape?.shaper)));
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    const chosen = slot;
    return new Promise((resolve) => {
      chosen.pending.set(id, { docs, resolve });
      chosen.worker.postMessage({ id, docs });
    });
  }

  close(): void {
    this.closed = true;
    for (const s of this.slots) void s.worker.terminate();
  }
}
