// What a body issued, as a speaker phrase: a document noun (بيان، حصيلة، أرقام) and the body that gave it,
// or the outlet's own narration when no body did (المعلومات الأولية، تقديرات). Read by untitled.ts.

import { loadTsv, relativePronouns, theWord, wordSet } from '../../lexicon/index.js';
import { looseKey } from '../../text/normalize.js';
import type { Mention, Token } from '../../types.js';
import { descMention } from './mentions.js';
import type { PartSpan, SpeakerScan } from './scan.js';

const HEARD_SOURCE = wordSet('speaker-words', 'heard_source');

/** The token of a definite body with a glued ل at k, or after one adjective there (… سابقة للمرصد), before
 *  b; else -1. */
export function bodyAfterLam(tokens: Token[], k: number, b: number): number {
  if (k < b && tokens[k]!.word && !/^لل/.test(tokens[k]!.norm) && ADJECTIVE_ENDING.test(tokens[k]!.norm)) k++;
  return k < b && /^لل.{3,}/.test(tokens[k]!.norm) ? k : -1;
}

/** Information, estimates, a report that no body issued (المعلومات الأولية، تقديرات، تقرير إخباري): no one
 *  speaks, the outlet narrates. A document noun with the article and only adjectives after it, or without it and
 *  with at most two words that have no article (a construct, أرقام المؤسسات الصحية, names the body that
 *  issued them). A definite noun alone (البيان، التقرير) points back to its issuer: not here. */
export function impersonalSource(scan: SpeakerScan, c: PartSpan): Mention | null {
  const { tokens } = scan;
  const head = tokens[c.a]!;
  const definite = /^[وف]?(ال|لل)/.test(head.norm); // (with a relay's glued ل: وفقا للتقديرات الأولية)
  if (!isDocumentNoun(head, true)) return null;
  // reports without the article (أفادت تقارير): someone's reports, a source
  if (!definite && HEARD_SOURCE.has(head.norm.replace(/^[وف](?=..)/, ''))) return null;
  const words: string[] = [];
  for (let k = c.a + 1; k < c.b; k++) if (tokens[k]!.word) words.push(tokens[k]!.norm);
  if (definite ? words.length === 0 : words.length > 2) return null;
  // (a body with a glued ل is who issued it, no adjective: بيان للوزارة)
  if (!words.every((w) => /^ال/.test(w) === definite && ADJECTIVE_ENDING.test(w) && !/^لل/.test(w)))
    return null;
  const end = tokens[c.b - 1]!.end;
  return descMention(scan.doc, scan.text, c.start, end, 'other', scan.gender, 'impersonal');
}
/** The ending of an adjective (أولية، إخباري، رسمية، متوفرة، الأخيرة، المتاحة): a nisba or a feminine ending. */
const ADJECTIVE_ENDING = /(ي|يه|ه|ين|يات)$/;

let documentNouns: Set<string> | null = null;

/** A document noun (lexicons/document-nouns.tsv) at token a, then at most one word (a preposition)
 *  and a known organisation: that organisation. */
export function isDocumentNoun(t: Token, orDefinite = false): boolean {
  documentNouns ??= new Set(loadTsv('document-nouns').map((r) => looseKey(r.word!)));
  const bare = looseKey(t.norm).replace(/^[وف](?=..)/, '');
  return (
    t.word &&
    (documentNouns.has(bare) || (orDefinite && /^(ال|لل)../.test(bare) && documentNouns.has(bare.slice(2))))
  );
}

const ISSUED = wordSet('speaker-words', 'issued');
const LATEST = wordSet('speaker-words', 'latest');
const ABOUT_WORD = theWord('rule-words', 'about');

/** After "issued by" at token k (بيان صدر عن، التقرير الصادر عن) or a relative clause's pronoun and verb
 *  (الأرقام التي أكدها): the token after them; else k. */
export function issuedEnd(tokens: Token[], k: number, end: number): number {
  if (k + 2 < end && ISSUED.has(tokens[k]!.norm) && tokens[k + 1]!.norm === ABOUT_WORD) return k + 2;
  return k + 2 < end && relativePronouns().has(tokens[k]!.norm) && tokens[k + 1]!.word ? k + 2 : k;
}

/** The body that issued the document a part opens with (بيانات الأمم المتحدة، آخر حصيلة للمرصد، الأرقام
 *  التي أكدها المرصد), a known organisation at most one word after it, or null. */
export function issuedBy(tokens: Token[], a0: number, inside: Mention[]): Mention | null {
  // آخر حصيلة للمرصد (after a relay's glued ل too: وفقا لآخر إحصاءات المنظمة)
  const a = LATEST.has(tokens[a0]?.norm.replace(/^ل(?=..)/, '') ?? '') ? a0 + 1 : a0;
  const first = tokens[a];
  // (with the article, before the clause that says who gave it: حسب الأرقام التي أكدها المرصد)
  const relative = relativePronouns().has(tokens[a + 1]?.norm ?? '');
  if (!first || !isDocumentNoun(first, relative)) return null;
  const body = inside.find((m) => m.start >= first.end && m.type === 'organization');
  if (!body) return null;
  let between = 0;
  for (
    let i = issuedEnd(tokens, a + 1, tokens.length);
    i < tokens.length && tokens[i]!.end <= body.start;
    i++
  )
    if (tokens[i]!.word) between++;
  return between <= 1 ? body : null;
}
