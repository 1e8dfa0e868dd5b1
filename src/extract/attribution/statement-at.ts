// Which statement a position of the text belongs to.

import type { Attribution, Statement } from '../../types.js';
import { bestHolding } from '../sorted-spans.js';

/** The attribution of text no statement covers: the outlet's own narration. */
export const NONE: Attribution = attribution(null, [], null, 'asserts', 'none');

/** An attribution. Every one is made here, never by spreading another: one object shape for all of them
 *  (spreads of spreads had made dozens of maps of the same five keys, and wrong-map deopts where they are
 *  read). The keys in the order JSON has always written them. */
export function attribution(
  speaker: Attribution['speaker'],
  via: Attribution['via'],
  verb: Attribution['verb'],
  stance: Attribution['stance'],
  how: Attribution['how'],
): Attribution {
  return { speaker, via, verb, stance, how };
}

/** What an earlier attribution's speaker goes on to say ("وأضاف …"): its speaker and chain, a new verb. */
export function continuedFrom(
  earlier: Pick<Attribution, 'speaker' | 'via'>,
  verb: Attribution['verb'],
  stance: Attribution['stance'],
): Attribution {
  return attribution(earlier.speaker, earlier.via, verb, stance, 'continued');
}

/** Innermost attributed segment holding a position (direct quotes first; the first in list order among
 *  equals). */
export function segmentAt(segments: Statement[], pos: number): Statement | null {
  // only the segments holding pos, found by binary search (a scan of all segments per question was quadratic)
  return bestHolding(segments, pos, innerFirst);
}

/** A direct statement before an indirect one, then the shorter first. */
const innerFirst = (s: Statement, best: Statement): boolean =>
  (s.direct && !best.direct) || (s.direct === best.direct && s.end - s.start < best.end - best.start);
