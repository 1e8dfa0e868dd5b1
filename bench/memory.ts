// Peak resident memory of the process. Worker threads live in the same process, so the RSS covers
// them too. Two measures: RSS sampled every 100 ms, and the kernel's high-water mark (VmHWM in
// /proc/self/status, Linux only), which also catches peaks between samples.
import { readFileSync } from 'node:fs';

export class PeakMemory {
  private peak = process.memoryUsage.rss();
  private timer: NodeJS.Timeout;

  constructor(everyMs = 100) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }

  /** Stop sampling; peaks in bytes (vmhwm null where /proc is not there). */
  stop(): { sampled: number; vmhwm: number | null } {
    clearInterval(this.timer);
    this.sample();
    return { sampled: this.peak, vmhwm: vmHwm() };
  }
}

export function vmHwm(): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
