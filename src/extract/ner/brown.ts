// Brown clusters (Brown et al. 1992) of the frequent words of the unlabelled news, by Liang's windowed
// algorithm (Liang 2005): the most frequent words start as clusters of their own; each next word (by
// frequency) joins as one more cluster, and the pair of clusters whose merge loses the least mutual
// information between neighbouring clusters is merged, so that `clusters` stay active; when all words are in,
// the clusters are merged down to one, and each word's bit string is its cluster's path in that tree (0 the
// first merged side, 1 the second). Prefixes of the bit strings are hierarchical word classes (Ratinov &
// Roth 2009). Training-time only, deterministic: ties go to the lower pair of cluster slots.
//
// Bookkeeping (Liang's wcluster): counts n(c,d) of bigrams between active clusters, fixed marginals u(c)
// (the words' own counts), q(c,d) = n log(n N / (u(c) u(d))), and for every pair of active clusters the
// loss L of merging them, kept up to date after each merge by taking out the terms of the clusters that
// changed and putting in those of the merged one.

export interface BrownOptions {
  /** words that get a bit string (the most frequent ones) */
  vocab: number;
  /** active clusters */
  clusters: number;
  /** learn from the first this many tokens of the sequence only (default: all) */
  tokens?: number;
}

/** The most frequent word ids (counts of the sequence; ties by name) and their counts. */
function frequentWords(seq: Int32Array, names: readonly string[], vocab: number) {
  const count = new Float64Array(names.length);
  for (const id of seq) if (id >= 0) count[id]!++;
  const byFreq = names
    .map((_, k) => k)
    .filter((k) => count[k]! > 0)
    .sort((a, b) => count[b]! - count[a]! || (names[a]! < names[b]! ? -1 : 1))
    .slice(0, vocab);
  const rank = new Int32Array(names.length).fill(-1);
  byFreq.forEach((id, r) => {
    rank[id] = r;
  });
  return { byFreq, rank, counts: Float64Array.from(byFreq, (id) => count[id]!) };
}

/** Neighbour lists of the frequent words (ranks): CSR arrays of (other word, count), both directions. */
interface Neighbours {
  start: Int32Array;
  other: Int32Array;
  count: Float64Array;
}

function neighbourLists(seq: Int32Array, rank: Int32Array, V: number, right: boolean): Neighbours {
  let n = 0;
  const keys = new Int32Array(seq.length);
  for (let i = 0; i + 1 < seq.length; i++) {
    const a = seq[i]! >= 0 ? rank[seq[i]!]! : -1;
    const b = seq[i + 1]! >= 0 ? rank[seq[i + 1]!]! : -1;
    if (a >= 0 && b >= 0) keys[n++] = right ? a * V + b : b * V + a;
  }
  const sorted = keys.subarray(0, n).sort();
  const start = new Int32Array(V + 1);
  const other: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && sorted[j] === sorted[i]) j++;
    const from = Math.floor(sorted[i]! / V);
    start[from + 1]!++;
    other.push(sorted[i]! % V);
    count.push(j - i);
    i = j;
  }
  for (let v = 0; v < V; v++) start[v + 1]! += start[v]!;
  return { start, other: Int32Array.from(other), count: Float64Array.from(count) };
}

const LOG_TABLE_SIZE = 1 << 20;

/** The active clusters and their merge losses. */
class BrownState {
  readonly K: number;
  readonly n2: Float64Array; // bigram counts between slots (row: left cluster)
  readonly q2: Float64Array;
  readonly loss: Float64Array; // loss[a * K + b] for slots a < b
  readonly u: Float64Array;
  readonly logU: Float64Array;
  /** log(u[a] + u[b]): the log marginal of slots a and b merged */
  readonly logMerged: Float64Array;
  readonly active: number[] = [];
  private readonly logTable = new Float64Array(LOG_TABLE_SIZE);
  private readonly logN: number;

  constructor(slots: number, total: number) {
    this.K = slots;
    this.n2 = new Float64Array(slots * slots);
    this.q2 = new Float64Array(slots * slots);
    this.loss = new Float64Array(slots * slots);
    this.u = new Float64Array(slots);
    this.logU = new Float64Array(slots);
    this.logMerged = new Float64Array(slots * slots);
    this.logN = Math.log(total);
    for (let k = 1; k < LOG_TABLE_SIZE; k++) this.logTable[k] = Math.log(k);
  }

  /** q of a count n between clusters with log marginals la, lb. */
  q(n: number, la: number, lb: number): number {
    if (n <= 0) return 0;
    const ln = n < LOG_TABLE_SIZE && Number.isInteger(n) ? this.logTable[n]! : Math.log(n);
    return n * (ln + this.logN - la - lb);
  }

  /** Sets slot a's count (its log, and the merged log marginals with it), and recomputes q2's row and column
   *  of slot a. */
  refreshQ(a: number, count: number): void {
    const { K, n2, q2, logU, u } = this;
    u[a] = count;
    logU[a] = Math.log(count);
    for (const x of this.active) {
      this.logMerged[a * K + x] = Math.log(count + u[x]!);
      this.logMerged[x * K + a] = this.logMerged[a * K + x]!;
      q2[a * K + x] = this.q(n2[a * K + x]!, logU[a]!, logU[x]!);
      q2[x * K + a] = this.q(n2[x * K + a]!, logU[x]!, logU[a]!);
    }
  }

  /** The terms of cluster x in the loss of merging i and j (x neither), with lm the merged log marginal. */
  contribution(i: number, j: number, x: number, lm: number): number {
    const { K, n2, q2, logU } = this;
    const ix = i * K + x;
    const jx = j * K + x;
    const xi = x * K + i;
    const xj = x * K + j;
    if (n2[ix]! === 0 && n2[jx]! === 0 && n2[xi]! === 0 && n2[xj]! === 0) return 0;
    return (
      q2[ix]! +
      q2[xi]! +
      q2[jx]! +
      q2[xj]! -
      this.q(n2[ix]! + n2[jx]!, lm, logU[x]!) -
      this.q(n2[xi]! + n2[xj]!, logU[x]!, lm)
    );
  }

  /** The mutual information lost by merging slots a and b, from scratch. */
  freshLoss(a: number, b: number): number {
    const { K, n2, q2 } = this;
    const lm = this.logMerged[a * K + b]!;
    let sum = 0;
    for (const x of this.active) if (x !== a && x !== b) sum += this.contribution(a, b, x, lm);
    const self = n2[a * K + a]! + n2[a * K + b]! + n2[b * K + a]! + n2[b * K + b]!;
    return sum + q2[a * K + a]! + q2[a * K + b]! + q2[b * K + a]! + q2[b * K + b]! - this.q(self, lm, lm);
  }

  /** Adds (sign 1) or takes out (sign -1) the terms of cluster x in the losses of the pairs without x. */
  shiftLosses(x: number, sign: number, skip: number): void {
    const { K, loss, n2, active, logMerged } = this;
    for (let p = 0; p < active.length; p++) {
      const i = active[p]!;
      if (i === x || i === skip) continue;
      const iTouches = n2[i * K + x]! !== 0 || n2[x * K + i]! !== 0;
      for (let r = p + 1; r < active.length; r++) {
        const j = active[r]!;
        if (j === x || j === skip) continue;
        if (!iTouches && n2[j * K + x]! === 0 && n2[x * K + j]! === 0) continue;
        const a = Math.min(i, j);
        const b = Math.max(i, j);
        loss[a * K + b]! += sign * this.contribution(i, j, x, logMerged[i * K + j]!);
      }
    }
  }

  /** The fresh losses of every pair with slot a. */
  refreshLosses(a: number): void {
    for (const x of this.active)
      if (x !== a) this.loss[Math.min(a, x) * this.K + Math.max(a, x)] = this.freshLoss(a, x);
  }

  /** The pair of active slots with the least loss (ties: the first in slot order). */
  best(): [number, number] {
    const sorted = [...this.active].sort((a, b) => a - b);
    let best = Infinity;
    let pair: [number, number] = [sorted[0]!, sorted[1]!];
    for (let p = 0; p < sorted.length; p++)
      for (let r = p + 1; r < sorted.length; r++) {
        const l = this.loss[sorted[p]! * this.K + sorted[r]!]!;
        if (l < best) {
          best = l;
          pair = [sorted[p]!, sorted[r]!];
        }
      }
    return pair;
  }

  /** Merges slot t into slot s (s < t), keeping every loss up to date; slot t is free afterwards. */
  merge(s: number, t: number): void {
    const { K, n2, u } = this;
    this.shiftLosses(s, -1, t);
    this.shiftLosses(t, -1, s);
    n2[s * K + s] = n2[s * K + s]! + n2[s * K + t]! + n2[t * K + s]! + n2[t * K + t]!;
    for (const x of this.active) {
      if (x === s || x === t) continue;
      n2[s * K + x]! += n2[t * K + x]!;
      n2[x * K + s]! += n2[x * K + t]!;
    }
    for (let x = 0; x < K; x++) {
      n2[t * K + x] = 0;
      n2[x * K + t] = 0;
    }
    this.active.splice(this.active.indexOf(t), 1);
    this.refreshQ(s, u[s]! + u[t]!);
    this.shiftLosses(s, 1, -1);
    this.refreshLosses(s);
  }
}

/** word → Brown bit string, for the `vocab` most frequent words of `seq` (ids into `names`, -1 at breaks). */
export function learnBrown(seq: Int32Array, names: readonly string[], o: BrownOptions): Map<string, string> {
  const text = o.tokens === undefined ? seq : seq.subarray(0, o.tokens);
  const { byFreq, rank, counts } = frequentWords(text, names, o.vocab);
  const V = byFreq.length;
  const C = Math.max(2, Math.min(o.clusters, V));
  const right = neighbourLists(text, rank, V, true);
  const left = neighbourLists(text, rank, V, false);
  let total = 0;
  for (const c of counts) total += c;
  const st = new BrownState(C + 1, total);
  const slotOf = new Int32Array(V).fill(-1);
  const members: number[][] = Array.from({ length: C + 1 }, () => []);
  /** Puts word w into the free slot f (its counts with the active clusters, and its q terms). */
  const place = (w: number, f: number) => {
    slotOf[w] = f;
    members[f] = [w];
    st.active.push(f);
    for (let k = right.start[w]!; k < right.start[w + 1]!; k++) {
      const x = slotOf[right.other[k]!]!;
      if (x >= 0) st.n2[f * st.K + x]! += right.count[k]!;
    }
    for (let k = left.start[w]!; k < left.start[w + 1]!; k++) {
      const x = slotOf[left.other[k]!]!;
      if (x >= 0 && left.other[k] !== w) st.n2[x * st.K + f]! += left.count[k]!;
    }
    st.refreshQ(f, counts[w]!);
  };
  for (let w = 0; w < C; w++) place(w, w);
  for (const a of st.active) for (const b of st.active) if (a < b) st.loss[a * st.K + b] = st.freshLoss(a, b);
  let free = C;
  for (let w = C; w < V; w++) {
    const f = free;
    place(w, f);
    st.shiftLosses(f, 1, -1);
    st.refreshLosses(f);
    const [s, t] = st.best();
    st.merge(s, t);
    for (const m of members[t]!) slotOf[m] = s;
    for (const m of members[t]!) members[s]!.push(m);
    members[t] = [];
    free = t;
  }
  // the hierarchy over the final clusters: node ids, leaves first (the slots), then one per merge
  const children: [number, number][] = [];
  const node = Int32Array.from({ length: C + 1 }, (_, k) => k);
  while (st.active.length > 1) {
    const [s, t] = st.best();
    st.merge(s, t);
    children.push([node[s]!, node[t]!]);
    node[s] = C + 1 + children.length - 1;
  }
  const bits = new Map<number, string>();
  const walk = (id: number, path: string) => {
    if (id <= C) bits.set(id, path);
    else {
      const [a, b] = children[id - C - 1]!;
      walk(a, `${path}0`);
      walk(b, `${path}1`);
    }
  };
  if (st.active.length === 1) walk(node[st.active[0]!]!, '');
  const out = new Map<string, string>();
  for (let w = 0; w < V; w++) out.set(names[byFreq[w]!]!, bits.get(slotOf[w]!) || '0');
  return out;
}

/** A bit string's prefix of `length` bits as a class number (a leading 1 keeps the length: 0 ≠ 00). */
export function prefixClass(bits: string, length: number): number {
  return Number.parseInt(`1${bits.slice(0, length)}`, 2);
}

/** The word-class lines ("word<TAB>class…") with the Brown prefixes of each word as more classes (0 for a
 *  word without a bit string); `bits` holds lines "word<TAB>bit string". With `keep`, only the first `keep`
 *  classes of a line stay before the prefixes. */
export function withBrownClasses(
  clusters: string,
  bits: string,
  prefixes: readonly number[],
  keep = Infinity,
): string {
  const table = new Map<string, string>();
  for (const line of bits.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return clusters
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.split('\t');
      const b = table.get(cells[0]!);
      return [
        ...cells.slice(0, 1 + keep),
        ...prefixes.map((p) => (b === undefined ? 0 : prefixClass(b, p))),
      ].join('\t');
    })
    .join('\n');
}
