// The span look-ups of sorted-spans.ts give what the plain scans they replace give.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestHolding, spansHolding } from '../../src/extract/sorted-spans.js';

interface Item {
  start: number;
  end: number;
  direct: boolean;
  id: number;
}

const innerFirst = (s: Item, best: Item): boolean =>
  (s.direct && !best.direct) || (s.direct === best.direct && s.end - s.start < best.end - best.start);

test('bestHolding gives the first best of the holders in list order, as a scan of spansHolding does', () => {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 300; round++) {
    const list: Item[] = [];
    for (let k = 0, count = next(12); k < count; k++) {
      const start = next(40);
      list.push({ start, end: start + 1 + next(15), direct: next(3) === 0, id: k });
    }
    if (round % 2) list.sort((a, b) => a.start - b.start); // sorted and unsorted lists alike
    for (let pos = 0; pos < 60; pos++) {
      let scanned: Item | null = null;
      for (const s of spansHolding(list, pos)) if (!scanned || innerFirst(s, scanned)) scanned = s;
      assert.equal(bestHolding(list, pos, innerFirst)?.id, scanned?.id);
    }
  }
});
