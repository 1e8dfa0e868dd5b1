// Words for the codes of the dossier (kinds, gradings, measures, how a date was found), and the
// formatting of values and dates: what the report says in English.
import type { DifferenceKind, Qualifier } from '../types.js';

export const KIND_WORDS: Record<DifferenceKind, string> = {
  agreement: 'sources agree',
  rounding: 'the same figure, rounded differently',
  update: 'a later figure updates an earlier one',
  scope: 'the figures count different things',
  contradiction: 'the sources contradict each other',
  denial: 'a party denies the figure',
};

export const GRADING_WORDS: Record<string, string> = {
  party: 'from a party to the events',
  independent: 'independent sources',
  anonymous: 'anonymous sources',
  single_source: 'single source',
  contested: 'contested',
};

export const MEASURE_WORDS: Record<string, string> = {
  killed: 'killed',
  injured: 'injured',
  held: 'held in custody',
  escaped: 'escaped',
  arrested: 'arrested or recaptured',
  surrendered: 'surrendered',
  missing: 'missing',
  hostages: 'hostages',
  combatants: 'combatants',
  displaced: 'displaced',
  explosive_devices: 'explosive devices',
  duration: 'duration (days)',
  other: 'other figure',
};

export const HOW_WORDS: Record<string, string> = {
  input: 'given with the input',
  dateline: 'read from the dateline',
  stated: 'stated in the text',
  'yesterday-anchor': 'inferred from “yesterday”',
  'latest-mention': 'inferred from the latest date mentioned',
  'weekday-after-anchor': 'inferred from a weekday after the dates mentioned',
  'past-bound': 'inferred from dates the text calls past',
  'lede-weekday': 'inferred from the weekday in the first paragraph',
  'today-weekday': 'inferred from “today” and its weekday',
  unbounded: 'not bounded by the text',
};

export function words(code: string): string {
  const s = code.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Order of measures in the key figures and the figures table: human cost first. */
export const MEASURE_ORDER: Record<string, number> = Object.fromEntries(
  [
    'killed',
    'injured',
    'missing',
    'hostages',
    'escaped',
    'arrested',
    'surrendered',
    'held',
    'displaced',
    'combatants',
    'explosive_devices',
    'duration',
    'other',
  ].map((m, i) => [m, i]),
);

const nf = new Intl.NumberFormat('en');
export const n = (x: number) => nf.format(x);
const MAGNITUDE: Record<number, string> = {
  10: 'tens',
  100: 'hundreds',
  1000: 'thousands',
  10000: 'tens of thousands',
  100000: 'hundreds of thousands',
};

/** A value as written short (for chips) and in words (for tooltips). */
export function valueText(v: { low: number | null; high: number | null; qualifier: Qualifier }): {
  short: string;
  long: string;
} {
  const { low, high, qualifier: q } = v;
  const lo = low === null ? '?' : n(low);
  const hi = high === null ? '?' : n(high);
  switch (q) {
    case 'exact':
      return { short: low === high || high === null ? lo : `${lo}–${hi}`, long: `exactly ${lo}` };
    case 'approx':
      return { short: `≈${lo}`, long: `about ${lo}` };
    case 'more_than':
      return { short: `>${lo}`, long: `more than ${lo}` };
    case 'at_least':
      return { short: `≥${lo}`, long: `at least ${lo}` };
    case 'less_than':
      return { short: `<${hi}`, long: `less than ${hi}` };
    case 'at_most':
      return { short: `≤${hi}`, long: `at most ${hi}` };
    case 'range':
      return { short: `${lo}–${hi}`, long: `between ${lo} and ${hi}` };
    case 'magnitude': {
      const w = (low !== null && MAGNITUDE[low]) || `order of ${lo}`;
      return { short: w, long: w };
    }
    default:
      return { short: lo, long: lo };
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ISO day, month or year in plain English ("4 Mar 2023"); anything else as given. */
export function dateText(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const mon = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !mon) return iso;
  return [d ? String(Number(d)) : '', mon ?? '', y].filter(Boolean).join(' ');
}
