// Splits a V8 CPU profile (node:inspector's Profiler, or a .cpuprofile file) into the parts of the
// mentions stage: each sample goes to the innermost frame on its stack that a rule names; frames no rule
// names (maps, strings, the normaliser, the word table) count for the nearest named caller.

/** A node of a V8 CPU profile. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** [file (end of its URL), function name or '*' for any, part]; the first rule that fits a frame wins. */
const RULES: [string, string, string][] = [
  ['ner/model.js', 'viterbi', 'tagger: Viterbi'],
  ['ner/decode.js', '*', 'tagger: Viterbi'],
  ['ner/phrase-marks.js', '*', 'tagger: emissions (window sums, gazetteer, evidence)'],
  ['ner/model.js', 'tagIndices', 'tagger: other (tag strings, buffers)'],
  ['ner/model.js', 'decode', 'tagger: Viterbi'],
  ['ner/model.js', 'emissionsOfSlots', 'tagger: emissions (window sums, gazetteer, evidence)'],
  ['ner/model.js', 'gazetteerMarksOf', 'tagger: emissions (window sums, gazetteer, evidence)'],
  ['ner/model.js', 'maskVector', 'tagger: emissions (window sums, gazetteer, evidence)'],
  ['ner/model.js', 'addTo', 'tagger: emissions (window sums, gazetteer, evidence)'],
  ['ner/type-vector.js', '*', 'tagger: features of new word types'],
  ['ner/features.js', '*', 'tagger: features of new word types'],
  ['ner/document.js', 'wordFact', 'tagger: features of new word types'],
  ['ner/document.js', 'documentMasks', 'tagger: document evidence masks'],
  ['ner/stacking.js', '*', 'tagger: second pass (stacking)'],
  ['ner/word-cache.js', '*', 'tagger: word look-up (cache, per token)'],
  ['ner/model.js', 'slot', 'tagger: word look-up (cache, per token)'],
  ['ner/model.js', 'prepareKeyed', 'tagger: word look-up (cache, per token)'],
  ['ner/model.js', 'prepareNormalized', 'tagger: word look-up (cache, per token)'],
  ['ner/model.js', 'tagDocument', 'tagger: other (tag strings, buffers)'],
  ['ner/mentions.js', 'tagDocument', 'tagger: sentence ends'],
  ['ner/mentions.js', 'lineBreakBetween', 'tagger: sentence ends'],
  ['ner/mentions.js', '*', 'tagger: spans → mentions'],
  ['ner/tags.js', '*', 'tagger: spans → mentions'],
  ['extract/gazetteer.js', '*', 'gazetteer (lexicon and head look-ups)'],
  ['extract/descriptions.js', '*', 'descriptions (titles, kinds, patterns, ministries)'],
  ['extract/named-kinds.js', '*', 'named kinds'],
  ['extract/place-parts.js', '*', 'place parts and kind of country'],
  ['extract/kind-of-place.js', '*', 'place parts and kind of country'],
  ['extract/speakers/', '*', 'titled persons'],
  ['extract/mentions.js', 'linkNames', 'names the text links (linkNames)'],
  ['extract/mentions.js', 'nameWithWhatFollows', 'names the text links (linkNames)'],
  ['extract/mentions.js', '*', 'findMentions glue (coverage, sorting, filters)'],
  ['extract/pipeline.js', '*', 'findMentions glue (coverage, sorting, filters)'],
  ['', '(garbage collector)', '(garbage collector)'],
];
/** Samples outside the stage's code: the profiler's own work (its inspector session runs in this thread)
 *  and time the thread was idle or in V8 itself; left out of the split. */
const OUTSIDE = new Set(['dispatch', '(program)', '(idle)', '(root)']);

function partOf(frame: ProfileNode['callFrame']): string | null {
  if (OUTSIDE.has(frame.functionName) && !frame.url) return 'outside';
  for (const [file, fn, part] of RULES) {
    if (file && !frame.url.includes(file)) continue;
    if (fn !== '*' && frame.functionName !== fn) continue;
    return part;
  }
  return null;
}

/** Milliseconds per part (samples weighted by their time deltas, which are wall-clock: on a busy machine
 *  the shares mean more than the milliseconds), largest first. */
export function splitProfile(profile: CpuProfile): [string, number][] {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const partOfNode = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = partOfNode.get(id);
    if (known) return known;
    const own = partOf(byId.get(id)!.callFrame);
    const up = parent.get(id);
    const part = own ?? (up === undefined ? 'other' : resolve(up));
    partOfNode.set(id, part);
    return part;
  };
  const ms = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const part = resolve(id);
    ms.set(part, (ms.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  ms.delete('outside');
  return [...ms].sort((a, b) => b[1] - a[1]);
}
