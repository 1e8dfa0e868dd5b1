// The outlet of an article whose input names none, from the text itself: the site's own name in its page
// furniture ("انضم إلى قائمة من يقدّرون محتوى <name> واشترك بنشرتنا"), or a dateline credit in the first lines
// ("<city>-<name>", "<name> -<city>- <date>"). The cue words are data: lexicons/outlet-cues.tsv.
import { locatePlaces } from '../geo/index.js';
import { loadTsv } from '../lexicon/index.js';
import { normalize } from '../text/index.js';

export interface FoundOutlet {
  outlet: string;
  /** How it was found, in words. */
  how: string;
  start: number;
  end: number;
}

const cueSets = new Map<string, Set<string>>();
function cues(kind: string): Set<string> {
  let set = cueSets.get(kind);
  if (!set) {
    const rows = loadTsv('outlet-cues').filter((r) => r.kind === kind);
    cueSets.set(kind, (set = new Set(rows.map((r) => normalize(r.word!)))));
  }
  return set;
}

const HEAD = 800;
const TAIL = 800;
const NAME = '([^\\s،.؟!:\\-–—"“”«»]+(?:\\s+[^\\s،.؟!:\\-–—"“”«»و][^\\s،.؟!:\\-–—"“”«»]*){0,2})';

const AFTER_CUE = new RegExp(`\\s+${NAME}`, 'uy');
const CITY_FIRST = new RegExp(`^\\s*${NAME}\\s*[-–—]\\s*${NAME}\\s*$`, 'u');
const NAME_FIRST = new RegExp(`^\\s*${NAME}\\s*[-–—]\\s*${NAME}\\s*[-–—]\\s*\\d`, 'u');

const isPlace = (s: string): boolean => locatePlaces([{ id: 'x', names: [s] }]).get('x')!.located;

/** The site's own name after "محتوى/موقع" in a sentence that asks the reader to subscribe or follow. */
function selfName(text: string): FoundOutlet | null {
  const from = Math.max(0, text.length - TAIL);
  const self = cues('self');
  const subscribe = [...cues('subscribe')];
  const after = AFTER_CUE;
  const tail = text.slice(from);
  if (!subscribe.some((w) => tail.includes(w))) return null;
  for (const sentence of tail.matchAll(/[^\n.؟!]+/gu)) {
    const plain = normalize(sentence[0]);
    if (!subscribe.some((w) => plain.includes(w))) continue;
    for (const word of sentence[0].matchAll(/\S+/gu)) {
      if (!self.has(normalize(word[0]))) continue;
      after.lastIndex = word.index! + word[0].length;
      const m = after.exec(sentence[0]);
      if (!m) continue;
      const start = from + sentence.index! + m.index + m[0].length - m[1]!.length;
      const how = `the site's own name in its furniture ("${word[0]} ${m[1]}")`;
      return { outlet: m[1]!, how, start, end: start + m[1]!.length };
    }
  }
  return null;
}

/** A dateline credit in the first lines: "دبي-الشرق" or "بوابة أوكرانيا -كييف- 24 يناير 2022-…". */
function datelineCredit(text: string): FoundOutlet | null {
  const notOutlet = cues('not-outlet');
  const head = text.slice(0, HEAD);
  for (const line of head.matchAll(/^[^\n]*[-–—][^\n]*/gmu)) {
    const l = line[0];
    const cityFirst = l.length <= 60 ? l.match(CITY_FIRST) : null;
    const nameFirst = cityFirst ? null : l.match(NAME_FIRST);
    const [place, name] = cityFirst
      ? [cityFirst[1]!, cityFirst[2]!]
      : nameFirst
        ? [nameFirst[2]!, nameFirst[1]!]
        : [];
    if (!place || !name || notOutlet.has(normalize(name)) || isPlace(name) || !isPlace(place)) continue;
    const start = line.index! + l.indexOf(name);
    return {
      outlet: name,
      how: `the dateline credits it ("${l.trim().slice(0, 40)}")`,
      start,
      end: start + name.length,
    };
  }
  return null;
}

/** The outlet the text names for itself, or null. */
export function outletFromText(text: string): FoundOutlet | null {
  return selfName(text) ?? datelineCredit(text);
}
