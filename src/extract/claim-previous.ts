// A figure's measure from the figure before it in its sentence: a breakdown (بينهم 8 صحفيين), the next
// item of a list (14 طفلا و9 نساء), or a figure with no cue of its own after a toll head (ارتفعت حصيلة
// القتلى إلى 40). Called by claims.ts for each figure, after its own cues were read.

import { lexicons, loadTsv, theWord, wordSet } from '../lexicon/index.js';
import { MEASURES } from '../lexicon/value-sets.js';
import { normalize } from '../text/normalize.js';
import type { Claim, Measure, NumberMention, Sentence, Token } from '../types.js';
import { cuesAt, type Hit, type NumberSite } from './claim-cues.js';
import { listItem, versusItem } from './claim-links.js';
import { countedNounFollows } from './count-context.js';

const TO_WORD = theWord('rule-words', 'to');
const TOLL_TO = wordSet('claim-words', 'toll_to');
const BARE_TOLL = wordSet('claim-words', 'bare_toll');

/** The counted nouns' classes of things (lexicons/counted-nouns.tsv), not people. */
const THING_CLASSES = new Set(['event', 'place', 'vehicle', 'weapon']);

/** The measures that count people: all but bombs, days and other things. */
export const PEOPLE = new Set<Measure>(
  MEASURES.filter((m) => m !== 'explosive_devices' && m !== 'duration' && m !== 'other'),
);

/** The previous figure of the document, with its sentence and last token. */
export interface Previous {
  claim: Claim;
  sentence: Sentence;
  endTok: number;
}

/** A figure linked to the one before it in its sentence takes its measure: a breakdown (بينهم 8 صحفيين),
 *  the next item of a list, or a figure with no cue of its own. */
export function measureAfterPrevious(
  tokens: Token[],
  site: NumberSite,
  cueMeasure: Measure | null,
  best: Hit | undefined,
  linkedPrev: Previous | null,
  breakdown: boolean,
): Measure | null {
  const { n, lastTok, sLast } = site;
  let measure = cueMeasure;
  if (measure === 'combatants' && fightersOfToll(tokens, site, best)) measure = 'killed';
  // fighters among the dead are who was killed, not a count of fighters (مقتل 7 مدنيين و4 مسلحين)
  const who = whoIsCounted(best, linkedPrev);
  // a part takes its total's measure, unless that total's is other and the part has its own, or what
  // befell the part stands right before it (فأصاب 3، … مقتل اثنين منهم)
  const ownVerb = best?.cue.kind === 'verb' && best.end <= n.start && n.start - best.end <= 1;
  if (
    breakdown &&
    linkedPrev &&
    !ownVerb &&
    !(linkedPrev.claim.measure === 'other' && cueMeasure) &&
    (who || !ownNoun(best, n)) // منهم 9 حالات وفيات، بينهم 5 قتلى
  )
    measure = linkedPrev.claim.measure;
  else if (
    linkedPrev &&
    (listItem(tokens, linkedPrev.endTok, site) || versusItem(tokens, site)) &&
    (who ||
      !(best && best.start >= n.numEnd && best.start - n.numEnd <= (best.cue.kind === 'verb' ? 2 : 12))) &&
    !(n.form === 'dual' && best && best.start === n.numStart) // 11 قتيلا وجريحين
  )
    measure = linkedPrev.claim.measure; // 14 طفلا و9 نساء (but 15 قتيلا و34 جريحا، و19 مفقودا، و16 ميلا)
  if (!measure) measure = nounBeforeTo(tokens, site);
  if (!measure && linkedPrev) measure = linkedPrev.claim.measure;
  if (!measure) measure = tollMeasure(tokens, site);
  if (!measure && countedNounFollows(tokens, n, lastTok + 1, sLast)) measure = 'other';
  // a dual of an event, a place, a vehicle or a weapon with no cue counts its noun (هجومين، بندقيتين): other
  if (!measure && n.form === 'dual' && n.noun && THING_CLASSES.has(lexicons().nounClass(n.noun) ?? ''))
    measure = 'other';
  return measure;
}

/** The number's own noun names fighters, and the figure before it counts what befell people: the noun
 *  says who, the figure before what (بينهم 7 مدنيين و4 مقاتلين after a toll of the dead). */
function whoIsCounted(best: Hit | undefined, linkedPrev: Previous | null): boolean {
  return (
    !!linkedPrev &&
    best?.cue.kind === 'noun' &&
    best.cue.measure === 'combatants' &&
    PEOPLE.has(linkedPrev.claim.measure) &&
    linkedPrev.claim.measure !== 'combatants'
  );
}

/** "بلغت حصيلة المعارك 203 مقاتلين": a toll that names no measure, of fighters, counts the dead. The toll
 *  stands at most four words before the number, with no other cue between. */
function fightersOfToll(tokens: Token[], site: NumberSite, best: Hit | undefined): boolean {
  if (best?.cue.kind !== 'noun' || best.start < site.n.end) return false;
  for (let k = site.first - 1, words = 0; k >= site.sFirst && words < 4; k--) {
    const t = tokens[k]!;
    if (!t.word) continue;
    words++;
    if (BARE_TOLL.has(t.norm.replace(/^[وف]/, ''))) {
      for (let c = k + 1; c < site.first; c++)
        for (const { cue } of cuesAt(tokens, c, site.first)) if (cue.measure !== 'other') return false;
      return true;
    }
  }
  return false;
}

/** A strong counted noun right after the number (قتلى، حالات وفيات): a part with a measure of its own. */
function ownNoun(best: Hit | undefined, n: NumberMention): boolean {
  return (
    !!best &&
    best.cue.kind === 'noun' &&
    best.cue.weight >= 3 &&
    best.start >= n.end &&
    best.start - n.end <= 2
  );
}

/** "عدد القتلى إلى 58 والجرحى إلى 2771": the counted noun right before إلى names what the number counts. */
function nounBeforeTo(tokens: Token[], site: NumberSite): Measure | null {
  let k = site.first - 1;
  while (k > site.sFirst && !tokens[k]!.word) k--;
  if (k < 0 || k >= tokens.length || tokens[k]!.norm !== TO_WORD || k - 1 < site.sFirst) return null;
  for (const { cue } of cuesAt(tokens, k - 1, k))
    if (cue.kind === 'noun' && cue.measure !== 'other') return cue.measure;
  return null;
}

let tollHeads: Set<string> | null = null;

/** "ارتفعت حصيلة القتلى … إلى 100 مدني", "عدد القتلى في … بلغ 260": a number right after إلى or بلغ counts
 *  what the sentence's toll head (lexicons/toll-heads.tsv) names, however far back it stands. */
function tollMeasure(tokens: Token[], site: NumberSite): Measure | null {
  const { first, sFirst } = site;
  let k = first - 1;
  while (k > sFirst && !tokens[k]!.word) k--;
  if (!TOLL_TO.has(tokens[k]?.norm ?? '')) return null;
  tollHeads ??= new Set(loadTsv('toll-heads').map((r) => normalize(r.word!)));
  for (let h = k - 1; h >= sFirst; h--) {
    if (!tollHeads.has(tokens[h]!.norm.replace(/^[وف]/, ''))) continue;
    for (let c = h + 1; c < Math.min(k, h + 4); c++)
      for (const { cue } of cuesAt(tokens, c, k))
        if (cue.measure !== 'other' && cue.measure !== 'duration') return cue.measure;
    return null;
  }
  return null;
}
