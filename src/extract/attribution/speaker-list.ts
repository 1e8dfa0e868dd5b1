// The speakers a document names, in order, with a set beside the list: asking "is it there yet" of the
// list itself (speakers.includes per statement) made attribution quadratic in the document's length.

import type { Mention } from '../../types.js';

export function speakerList(): {
  speakers: Mention[];
  has: (m: Mention) => boolean;
  add: (m: Mention) => void;
} {
  const speakers: Mention[] = [];
  const known = new Set<Mention>();
  return {
    speakers,
    has: (m) => known.has(m),
    add: (m) => {
      speakers.push(m);
      known.add(m);
    },
  };
}
