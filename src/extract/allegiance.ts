// Armed forces named by whom they serve: "القوات الموالية للحكومة اليمنية"، "فصائل سورية موالية لتركيا"،
// "مسلحين مدعومين من إيران". One mention from the head to the end of the name it is tied to, keyed by that
// name's referent (its lexicon entry, else its key), so that the reconcile stage makes one entity of every
// force a story ties to one referent, whatever head or tie it is worded with (lexicons/allegiance.tsv).
// The name itself keeps its own mention.

import { countryOfCapital, lexEntry, loadTsv, theWord } from '../lexicon/index.js';
import { NISBA } from '../text/nisba.js';
import { normalize } from '../text/normalize.js';
import type { Mention, Token } from '../types.js';
import { firstStartingIn } from './sorted-spans.js';
import { descMention } from './speakers/mentions.js';

const FROM_WORD = theWord('rule-words', 'from');

/** The heads and ties of lexicons/allegiance.tsv as written in a text, normalised: each word with and
 *  without the article and و / ف before it (one set look-up per token: most tokens are neither). */
interface Words {
  heads: Set<string>;
  ties: Set<string>;
  /** the heads without a conjunction before them (والفصائل: the mention starts after و) */
  bareHeads: Set<string>;
}
let words: Words | null = null;

function load(): Words {
  if (words) return words;
  const heads = new Set<string>();
  const ties = new Set<string>();
  const bareHeads = new Set<string>();
  for (const r of loadTsv('allegiance')) {
    const w = normalize(r.word!);
    const bare = w.startsWith('ال') ? [w, w.slice(2)] : [w, `ال${w}`];
    for (const form of bare) {
      if (r.class === 'head') bareHeads.add(form);
      for (const f of [form, `و${form}`, `ف${form}`]) (r.class === 'head' ? heads : ties).add(f);
    }
  }
  words = { heads, ties, bareHeads };
  return words;
}

const isIn = (t: Token | undefined, set: Set<string>) => !!t?.word && set.has(t.norm);

/** The key that ties a force to a referent: never a phrase of words, so no pass that compares the words
 *  of names joins it to the referent itself. */
export function allegianceKey(name: Mention): string {
  // a capital stands for its country (الفصائل الموالية لأنقرة are those الموالية لتركيا)
  const referent = (name.lexId && countryOfCapital(name.lexId)) ?? name.lexId ?? name.key;
  return `allegiance:${referent.replace(/ /g, '_')}`;
}

const ARMED_GROUP = 'armed_group';

/** A mention [start, end) that is one more name of the lexicon body `body`. */
function namedAs(doc: string, text: string, body: Mention, start: number, end: number): Mention {
  const m = descMention(doc, text, start, end, 'organization', null, 'pattern');
  m.lexId = body.lexId;
  return m;
}

/** The forces of the document tied to a name among `named` (sorted by start). */
export function findAllegianceForces(
  doc: string,
  text: string,
  tokens: Token[],
  named: Mention[],
): Mention[] {
  const { heads, ties, bareHeads } = load();
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isIn(tokens[i], heads)) continue;
    let j = i + 1;
    while (j - i <= 2 && !isIn(tokens[j], ties) && tokens[j]?.word && NISBA.test(tokens[j]!.norm)) j++;
    if (!isIn(tokens[j], ties)) continue;
    // a named body before the tie is that body, described (ميليشيات الحوثي الموالية لإيران)
    const body = firstStartingIn(
      named,
      tokens[i]!.start,
      tokens[j - 1]!.end,
      (m) => m.end <= tokens[j]!.start,
    );
    // ل glued to the name (للحكومة، لتركيا), or من before it
    let k = j + 1;
    const next = tokens[k];
    if (!next?.word) continue;
    const viaFrom = next.norm === FROM_WORD;
    if (viaFrom) k++;
    else if (!next.norm.startsWith('ل')) continue;
    const at = tokens[k];
    if (!at?.word) continue;
    const name = firstStartingIn(
      named,
      at.start,
      at.start + (viaFrom ? 0 : 2),
      (m) => m.type !== 'other' && m.end <= at.end + 200,
    );
    if (!name) continue;
    if (body) {
      // the body's name with whom it serves is one more name of it, when the lexicon knows it
      if (body.lexId && body.type === 'organization')
        out.push(namedAs(doc, text, body, body.start, name.end));
      i = j;
      continue;
    }
    const head = tokens[i]!;
    // after a conjunction glued to the head (والفصائل): the mention starts after it
    const start = head.start + (bareHeads.has(head.norm) ? 0 : 1);
    // forces tied to an armed group are that group (القوات التابعة للحوثيين)
    if (name.lexId && name.type === 'organization' && lexEntry(name.lexId)?.kind === ARMED_GROUP) {
      out.push(namedAs(doc, text, name, start, name.end));
      i = j;
      continue;
    }
    const m = descMention(doc, text, start, name.end, 'organization', null, 'pattern');
    m.key = allegianceKey(name);
    out.push(m);
    i = j;
  }
  return out;
}
