// The gates of the date scan (performance only): the maximal runs of letters and digits of the normalised
// text, and for each run the bits of the patterns whose opening word (after the proclitics و ف ب ل) it
// starts with. A pattern is tried only at the runs its bit is set for.

/** LN[c] = 1 when the BMP code point c is \p{L} or \p{N} (surrogates: 0, pairs are tested apart). */
export let LN: Uint8Array | null = null;
export const LN_RE = /^[\p{L}\p{N}]$/u;
export function lnTable(): Uint8Array {
  if (LN) return LN;
  LN = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++)
    if ((c < 0xd800 || c > 0xdfff) && LN_RE.test(String.fromCharCode(c))) LN[c] = 1;
  return LN;
}

/** Scratch space of runStarts (kept between calls up to KEPT entries: no array made per text). */
let runScratch: Int32Array = new Int32Array(1024);
const KEPT = 1 << 16;

/** [start, end, start, end, ...] of the maximal runs of letters and digits (by code point) of t: the only
 *  places where a pattern opening with (?<![\p{L}\p{N}]) and a letter or digit can match. A view of a
 *  scratch array: read it before the next call. */
export function runStarts(t: string): Int32Array {
  const tab = lnTable();
  let out: Int32Array = runScratch;
  let count = 0;
  let inRun = false;
  // up to and including t.length, read as no letter: a run at the very end is closed by the same code
  // as the others (a separate closing branch first ran only in optimised code: a deopt each time)
  const n = t.length;
  for (let i = 0; i <= n; ) {
    let ln = false,
      w = 1;
    if (i < n) {
      const c = t.charCodeAt(i);
      if ((c & 0xfc00) === 0xd800 && i + 1 < n && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        w = 2;
        ln = LN_RE.test(t.slice(i, i + 2));
      } else ln = tab[c] === 1;
    }
    if (ln !== inRun) {
      if (count === out.length) out = grown(out);
      out[count++] = i;
      inRun = ln;
    }
    i += w;
  }
  if (out.length <= KEPT) runScratch = out;
  return out.subarray(0, count);
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** A trie of the words that open the patterns; a node's mask has the bits of the patterns one of whose
 *  opening words ends there. clBits: patterns that allow the proclitics CL; always: ungated patterns. */
export interface TrieNode {
  mask: number;
  next: Map<number, TrieNode>;
}
export interface Gate {
  root: TrieNode;
  clBits: number;
  always: number;
  /** The trie in flat arrays (made on first use by prefixMask). */
  flat?: FlatTrie;
}

/** A trie as arrays (performance: a prefixMask per letter run walks it, an index per letter instead of a
 *  Map lookup): the letters of its edges numbered 1.. (`symbol`, 0 for the others), and per node its mask
 *  and, per letter number, the next node (-1: none); node 0 is the root. */
interface FlatTrie {
  symbol: Uint16Array;
  width: number;
  next: Int32Array;
  mask: Int32Array;
}

function flatten(root: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [root];
  const symbol = new Uint16Array(65536);
  let width = 1;
  for (let k = 0; k < nodes.length; k++)
    for (const [c, child] of nodes[k]!.next) {
      if (!symbol[c]) symbol[c] = width++;
      nodes.push(child);
    }
  const id = new Map(nodes.map((node, k) => [node, k]));
  const next = new Int32Array(nodes.length * width).fill(-1);
  const mask = new Int32Array(nodes.length);
  nodes.forEach((node, k) => {
    mask[k] = node.mask;
    for (const [c, child] of node.next) next[k * width + symbol[c]!] = id.get(child)!;
  });
  return { symbol, width, next, mask };
}

/** Bits of the patterns whose opening word is a prefix of t[i, e). */
export function prefixMask(g: Gate, t: string, i: number, e: number): number {
  const { symbol, width, next, mask: masks } = (g.flat ??= flatten(g.root));
  let node = 0;
  let mask = 0;
  for (; i < e; i++) {
    const sym = symbol[t.charCodeAt(i)]!;
    if (!sym) break;
    node = next[node * width + sym]!;
    if (node < 0) break;
    mask |= masks[node]!;
  }
  return mask;
}

export const W = 0x648,
  F = 0x641,
  BA = 0x628,
  LAM = 0x644; // و ف ب ل
/** Bits of the patterns that may match at the start of the letter/digit run t[s, e). */
export function runMask(g: Gate, t: string, s: number, e: number): number {
  const mask = g.always | prefixMask(g, t, s, e);
  // after the proclitics [وف]?[بل]?
  const c0 = t.charCodeAt(s);
  let cl = 0;
  if (c0 === W || c0 === F) {
    cl |= prefixMask(g, t, s + 1, e);
    const c1 = s + 1 < e ? t.charCodeAt(s + 1) : 0; // (no read past the run: a deopt)
    if (c1 === BA || c1 === LAM) cl |= prefixMask(g, t, s + 2, e);
  } else if (c0 === BA || c0 === LAM) cl |= prefixMask(g, t, s + 1, e);
  return mask | (cl & g.clBits);
}
