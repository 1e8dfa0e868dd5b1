// Which statement a position of the text belongs to.

import type { Attribution, Statement } from '../../types.js';
import { spansHolding } from '../sorted-spans.js';

/** The attribution of text no statement covers: the outlet's own narration. */
export const NONE: Attribution = { speaker: null, via: [], verb: null, stance: 'asserts', how: 'none' };

/** Innermost attributed segment holding a position (direct quotes first). */
export function segmentAt(segments: Statement[], pos: number): Statement | null {
  let best: Statement | null = null;
  // only the segments holding pos, found by binary search (a scan of all segments per question was quadratic)
  for (const s of spansHolding(segments, pos)) {
    if (
      !best ||
      (s.direct && !best.direct) ||
      (s.direct === best.direct && s.end - s.start < best.end - best.start)
    )
      best = s;
  }
  return best;
}
