// Rebuilding the dossiers of the stories that gained articles. The main thread reads each stale
// story's material and writes what comes back, many stories to a transaction; the dossiers are built
// (reconciled, summarised, serialised) in worker threads, one per core, a bounded number of stories
// in flight. A handful of stories, or one job, are built in this thread: no worker start-up cost.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputProblem } from '../types.js';
import { buildStoryDossier } from './dossiers.js';
import { REBUILD_ROLE, type RebuildReply } from './rebuild-worker.js';
import type { BuiltDossier, Store, StoryMaterial } from './types.js';

export interface RebuildOptions {
  /** Worker threads; default one per core (at most 8). */
  jobs?: number;
  /** Called after each story with the number done and the number stale. */
  progress?: (n: number, total: number) => void;
  /** A story whose dossier could not be built (it stays stale; the next run tries again). */
  onProblem?: (p: InputProblem) => void;
  /** Fewer stale stories than this: no workers, all built in this thread; default 32. */
  minStories?: number;
}

/** Dossiers written per transaction. */
const SAVE_EVERY = 250;

const asBuffer = (u: Uint8Array): Buffer =>
  Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Worker threads that build dossiers; a story sent to a worker that dies fails, the rest go on. */
class RebuildWorkers {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { worker: Worker; settle: (r: RebuildReply) => void }>();
  private nextId = 0;

  constructor(jobs: number) {
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(new URL('./rebuild-worker.js', import.meta.url), {
        workerData: { role: REBUILD_ROLE },
        resourceLimits: { maxYoungGenerationSizeMb: 32 },
      });
      worker.on('message', (r: RebuildReply) => {
        const p = this.pending.get(r.id);
        this.pending.delete(r.id);
        p?.settle(r);
      });
      const fail = (why: string) => {
        const at = this.workers.indexOf(worker);
        if (at >= 0) this.workers.splice(at, 1);
        for (const [id, p] of this.pending)
          if (p.worker === worker) {
            this.pending.delete(id);
            p.settle({ id, error: why });
          }
      };
      worker.on('error', (e) => fail(`the worker thread stopped (${e.message})`));
      worker.on('exit', (code) => fail(`the worker thread exited (code ${code})`));
      this.workers.push(worker);
    }
  }

  build(story: number, material: StoryMaterial): Promise<BuiltDossier> {
    if (!this.workers.length) return Promise.resolve(buildStoryDossier(story, material));
    const load = (w: Worker) => [...this.pending.values()].filter((p) => p.worker === w).length;
    const worker = this.workers.reduce((a, b) => (load(b) < load(a) ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        worker,
        settle: (r) =>
          'built' in r ? resolve({ ...r.built, blob: asBuffer(r.built.blob) }) : reject(new Error(r.error)),
      });
      worker.postMessage({ id, story, material });
    });
  }

  close(): void {
    for (const w of this.workers.splice(0)) void w.terminate();
  }
}

const defaultJobs = (): number =>
  Math.min(8, Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : 1));

/** Rebuild the dossier of every story marked stale; the number rebuilt. */
export async function rebuildDossiers(store: Store, opts: RebuildOptions = {}): Promise<number> {
  const stale = await store.staleStories();
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const workers = jobs > 1 && stale.length >= (opts.minStories ?? 32) ? new RebuildWorkers(jobs) : null;
  const build = async (id: number, material: StoryMaterial): Promise<BuiltDossier> =>
    workers ? workers.build(id, material) : buildStoryDossier(id, material);
  let done: BuiltDossier[] = [];
  let n = 0;
  let saved = 0;
  const inFlight = new Set<Promise<void>>();
  const save = async () => {
    const batch = done;
    done = [];
    if (batch.length) await store.saveDossiers(batch);
    saved += batch.length;
  };
  try {
    for (const id of stale) {
      const material = await store.storyMaterial(id);
      const job: Promise<void> = build(id, material)
        .then(
          (b) => void done.push(b),
          (e: Error) =>
            opts.onProblem?.({ source: `story ${id}`, reason: `dossier not rebuilt: ${e.message}` }),
        )
        .finally(() => {
          inFlight.delete(job);
          opts.progress?.(++n, stale.length);
        });
      inFlight.add(job);
      while (inFlight.size >= jobs * 2) await Promise.race(inFlight);
      if (done.length >= SAVE_EVERY) await save();
    }
    await Promise.all(inFlight);
    await save();
  } finally {
    workers?.close();
  }
  return saved;
}
