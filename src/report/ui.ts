// The report's interface in two languages. Every interface string (interface-strings.ts) is written into
// the page in both, each in a span the root's data-ui attribute shows or hides (style.ts), so the switch
// in the header changes the language in place, with no request and no markup built by script. The
// initial language (`isnad report --lang`) is the root's lang, dir and data-ui.
import { eventTypeLabel, measureLabel } from '../english/index.js';
import { esc } from './escape.js';
import { type Entry, INTERFACE_STRINGS, type StringKey } from './interface-strings.js';

export type Lang = 'en' | 'ar';
export const LANGS: readonly Lang[] = ['en', 'ar'];
export type Vars = Record<string, string | number>;

const plural = { en: new Intl.PluralRules('en'), ar: new Intl.PluralRules('ar') };

function template(key: StringKey, lang: Lang, vars: Vars): string {
  const e = INTERFACE_STRINGS[key] as Entry;
  if (Array.isArray(e)) return e[lang === 'en' ? 0 : 1]!;
  const forms = (e as { en: Record<string, string>; ar: Record<string, string> })[lang];
  return forms[plural[lang].select(Number(vars.n ?? 0))] ?? forms.other!;
}

const fill = (s: string, vars: Vars): string =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/** One language's text of a string, as plain text (vars as given); for attributes and the viewer. */
export function uiText(key: StringKey, lang: Lang, vars: Vars = {}): string {
  return fill(template(key, lang, vars), vars);
}

/** HTML that says the same thing in each language: `html` gives the inner HTML of each (already escaped). */
export function bilingual(html: (lang: Lang) => string): string {
  return `<span class="ui-en">${html('en')}</span><span class="ui-ar" lang="ar" dir="rtl">${html('ar')}</span>`;
}

/** Attributes already escaped: a title in both languages. */
export interface TitleAttr {
  attr: string;
}

/** A title attribute in both languages: the English one, and the Arabic one the switch puts in its place. */
export function titleAttr(key: StringKey, vars: Vars | ((lang: Lang) => Vars) = {}): TitleAttr {
  const v = (lang: Lang) => (typeof vars === 'function' ? vars(lang) : vars);
  return {
    attr: ` title="${esc(uiText(key, 'en', v('en')))}" data-title-ar="${esc(uiText(key, 'ar', v('ar')))}"`,
  };
}

/** A string of the table in both languages; `vars` are HTML the caller has escaped. */
export function ui(key: StringKey, vars: Vars = {}): string {
  return bilingual((lang) => fill(esc(template(key, lang, vars)), vars));
}

/** A code of the dossier (a measure, a timeline type) in both languages, from the lexicons' labels. */
export function measureUi(measure: string, english?: string): string {
  return bilingual((lang) => esc(lang === 'en' && english ? english : measureLabel(measure, lang)));
}

export function eventUi(type: string, english?: string): string {
  return bilingual((lang) => esc(lang === 'en' && english ? english : eventTypeLabel(type, lang)));
}

/** A string key when the table has one for this code, for codes such as kinds and gradings. */
export function codeUi(code: string, prefix = ''): string {
  const key = `${prefix}${code}`;
  return key in INTERFACE_STRINGS ? ui(key as StringKey) : esc(code);
}

/** The interface strings the viewer script uses, in both languages (it reads them from the data block). */
export function viewerStrings(): Record<Lang, Record<string, string>> {
  const keys: StringKey[] = [
    'viewerHighlighted',
    'viewerWhole',
    'viewerOutside',
    'viewerNoOutlet',
    'viewerNoDate',
    'viewerFurniture',
    'showMore',
    'switchTo',
    'switchLabel',
  ];
  const out = { en: {}, ar: {} } as Record<Lang, Record<string, string>>;
  for (const lang of LANGS) for (const k of keys) out[lang][k] = template(k, lang, {});
  return out;
}
