// Progress on a terminal: one line redrawn at most five times a second (count, rate, elapsed, and
// time left when the total is known). Off a terminal it says nothing: errors and a summary only.

export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream | null = process.stderr.isTTY ? process.stderr : null,
  ) {}

  update(n: number, total?: number): void {
    if (!this.stream) return;
    const now = Date.now();
    if (now - this.last < 200 && n !== total) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? n / secs : 0;
    let line = `${this.label}: ${n.toLocaleString('en')}`;
    if (total) {
      const width = 24;
      const done = Math.round((width * n) / total);
      line = `${this.label} [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${n.toLocaleString('en')}/${total.toLocaleString('en')}`;
    }
    line += ` · ${Math.round(rate).toLocaleString('en')}/s · ${clock(secs)}`;
    if (total && rate > 0) line += ` · ${clock((total - n) / rate)} left`;
    this.stream.write(`\r${line}\x1b[K`);
    this.shown = true;
  }

  done(): void {
    if (this.stream && this.shown) this.stream.write('\n');
    this.shown = false;
  }
}

function clock(secs: number): string {
  const s = Math.max(0, Math.round(secs));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
