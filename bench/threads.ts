// CPU seconds per kind of thread, from /proc/self/task (Linux only). `process.cpuUsage()` sums every
// thread of the process; this splits it three ways: the main thread (reading, receiving the workers'
// replies, reconciling), the threads started since a mark (the extraction workers), and the threads that
// were there before it: V8's background threads (optimising compilation, concurrent marking, the helpers
// of every isolate's parallel scavenges, sweeping) and libuv's pool (gunzip). V8's CPU profiles
// (`--cpu-prof`) see only the JavaScript threads, so the background share shows up nowhere else.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

export type ThreadTicks = Map<string, number>;

/** User + system ticks of each thread of this process, by thread id; null where /proc is not there. */
export function threadTicks(): ThreadTicks | null {
  try {
    const out: ThreadTicks = new Map();
    for (const tid of readdirSync('/proc/self/task')) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      } catch {
        continue; // the thread ended between the listing and the read
      }
      // fields after the command name (which may hold spaces), from field 3 (state): utime is 14, stime 15
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, Number(fields[11]) + Number(fields[12]));
    }
    return out;
  } catch {
    return null;
  }
}

export interface ThreadCpu {
  /** The main thread. */
  main: number;
  /** Threads started since the mark (the extraction workers), ended ones included. */
  started: number;
  /** Threads that were there at the mark, main aside: V8's background threads and libuv's pool. */
  background: number;
}

/**
 * CPU seconds per kind of thread from now to `stop()`. Threads that end on the way (workers are
 * terminated as the stream closes) are counted as last seen: the readings are repeated every `everyMs`.
 */
export class ThreadCpuMeter {
  private readonly before = threadTicks();
  private readonly last: ThreadTicks = new Map();
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 250) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  private sample(): ThreadTicks | null {
    const now = threadTicks();
    if (now) for (const [tid, ticks] of now) this.last.set(tid, ticks);
    return now;
  }

  /** Stop; null where /proc is not there. */
  stop(): ThreadCpu | null {
    clearInterval(this.timer);
    if (!this.before || !this.sample()) return null;
    const mainTid = String(process.pid);
    const cpu: ThreadCpu = { main: 0, started: 0, background: 0 };
    for (const [tid, ticks] of this.last) {
      const had = this.before.get(tid);
      const seconds = (ticks - (had ?? 0)) / TICKS_PER_S;
      if (tid === mainTid) cpu.main += seconds;
      else if (had === undefined) cpu.started += seconds;
      else cpu.background += seconds;
    }
    return cpu;
  }
}
