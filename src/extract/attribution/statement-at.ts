// Which statement a position of the text belongs to.

import type { Attribution, Statement } from '../../types.js';

/** The attribution of text no statement covers: the outlet's own narration. */
export const NONE: Attribution = { speaker: null, via: [], verb: null, stance: 'asserts', how: 'none' };

/** Innermost attributed segment holding a position (direct quotes first). */
export function segmentAt(segments: Statement[], pos: number): Statement | null {
  let best: Statement | null = null;
  for (const s of segments) {
    if (pos < s.start || pos >= s.end) continue;
    if (
      !best ||
      (s.direct && !best.direct) ||
      (s.direct === best.direct && s.end - s.start < best.end - best.start)
    )
      best = s;
  }
  return best;
}
