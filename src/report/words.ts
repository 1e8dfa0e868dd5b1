// Words for the codes of the dossier (kinds of difference, measures), and the formatting of values and dates.
// The words themselves are data: the interface strings (interface-strings.ts) and the lexicons' labels.
import type { DifferenceKind, Qualifier } from '../types.js';
import { esc } from './escape.js';
import type { StringKey } from './interface-strings.js';
import { bilingual, type Lang, uiText } from './ui.js';

/** The interface string (interface-strings.ts) that says what each kind of difference means. */
export const KIND_KEYS: Record<DifferenceKind, StringKey> = {
  agreement: 'kindAgreement',
  rounding: 'kindRounding',
  update: 'kindUpdate',
  scope: 'kindScope',
  contradiction: 'kindContradiction',
  denial: 'kindDenial',
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
/** Arabic month names from ICU (يناير …), with Western digits as Arabic news sites write them. */
const AR_DAY = new Intl.DateTimeFormat('ar-u-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const AR_MONTH = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** ISO day, month or year in plain English ("4 Mar 2023") or Arabic ("4 مارس 2023"); anything else as given. */
export function dateText(iso: string | null | undefined, lang: Lang = 'en'): string {
  if (!iso) return uiText('viewerNoDate', lang);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const mon = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !mon) return iso;
  if (lang === 'ar' && mo) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
    if (!Number.isNaN(date.getTime())) return (d ? AR_DAY : AR_MONTH).format(date);
  }
  return [d ? String(Number(d)) : '', mon ?? '', y].filter(Boolean).join(' ');
}

/** A date in both languages of the interface (see ui.ts). */
export function dateUi(iso: string | null | undefined): string {
  return bilingual((lang) => esc(dateText(iso, lang)));
}
