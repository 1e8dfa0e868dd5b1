// Lexicon and head-word mentions. Sentences are our own, modelled on how Arabic news writes names.

import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { findLexiconMentions } from '../../src/extract/gazetteer.js';
import { getLookup, lexEntry, loadTsv } from '../../src/lexicon/index.js';
import { tokenize } from '../../src/text/tokens.js';
import type { Mention } from '../../src/types.js';

const find = (text: string): Mention[] => findLexiconMentions('d', text, tokenize(text));
const surfaces = (text: string) => find(text).map((m) => m.surface);
const ids = (text: string) => find(text).map((m) => m.lexId);
const one = (text: string, surface: string) => {
  const m = find(text).find((x) => x.surface === surface);
  assert.ok(m, `no mention "${surface}" in: ${text} (got ${surfaces(text).join(' / ')})`);
  assert.equal(text.slice(m.start, m.end), m.surface, 'span and surface agree');
  return m;
};

test('lexicon rows are well formed', () => {
  const org = loadTsv('organizations');
  assert.ok(org.length >= 300, `organizations: ${org.length} rows`);
  const kinds = new Set(
    'armed_group state_military government ministry agency international ngo media news_agency party company other'.split(
      ' ',
    ),
  );
  for (const r of org) {
    assert.match(r.id!, /^org:[a-z0-9-]+$/);
    assert.ok(kinds.has(r.kind!), `${r.id} kind ${r.kind}`);
    assert.ok(r.name && r.english, `${r.id} has name and english`);
  }
  const places = loadTsv('places');
  assert.ok(places.length > 500);
  for (const r of places) assert.match(r.id!, /^(country|region|town):[a-z0-9-]+$/);
  assert.equal(lexEntry('org:sdf')?.english, 'Syrian Democratic Forces (SDF)');
  assert.equal(lexEntry('country:sy')?.kind, 'country');
  assert.equal(lexEntry('country:sy')?.type, 'location');
  assert.equal(lexEntry('nope:x'), undefined);
});

test('full name and parenthesised abbreviation are both found', () => {
  const t = 'أعلنت قوات سوريا الديمقراطية (قسد) السيطرة على الحي.';
  const ms = find(t);
  assert.deepEqual(
    ms.filter((m) => m.lexId === 'org:sdf').map((m) => m.surface),
    ['قوات سوريا الديمقراطية', 'قسد'],
  );
  assert.ok(
    !ms.some((m) => m.lexId === 'country:sy'),
    'سوريا inside the longer name is not a country mention',
  );
  assert.equal(one(t, 'قسد').how, 'lexicon');
  assert.equal(one(t, 'قسد').type, 'organization');
});

test('clitics are stripped for lookup and left out of the span', () => {
  assert.equal(one('وقال مسؤول لـ”قسد” إن الوضع هادئ', 'قسد').lexId, 'org:sdf');
  assert.equal(one('تابعة لـ"داعش" في المنطقة', 'داعش').lexId, 'org:isis');
  assert.equal(one('وبحسب رويترز فإن الهجوم', 'رويترز').lexId, 'org:reuters');
  assert.equal(one('في هجوم لداعش على السجن', 'داعش').lexId, 'org:isis');
  assert.equal(one('ووصل الوفد إلى بغداد وبيروت', 'بيروت').lexId, 'town:beirut');
  assert.equal(one('اشتباكات عنيفة بحلب أمس', 'حلب').lexId, 'town:aleppo');
  const m = one('غارات للتحالف الدولي على مواقع التنظيم', 'تحالف الدولي');
  assert.equal(m.lexId, 'org:coalition');
  assert.equal(m.key, 'التحالف الدولي', 'key is the alias form, with its article');
  assert.equal(one('قال متحدث بـ الأمم المتحدة', 'الأمم المتحدة').lexId, 'org:un');
});

test('longest match wins and variants of spelling are folded', () => {
  assert.deepEqual(ids('أكد التحالف الدولي لمحاربة داعش مقتل القيادي'), ['org:coalition']);
  assert.deepEqual(ids('قالت وزارة الخارجية الأميركية في بيان'), ['org:us-state']);
  assert.deepEqual(ids('قالت وزارة الخارجية الأمريكية في بيان'), ['org:us-state']);
  assert.deepEqual(ids('ونقلت وكالة أسوشيتدبرس عن مصادر'), ['org:ap']);
  assert.deepEqual(ids('أفادت وكالة فرانس برس'), ['org:afp']);
  assert.deepEqual(ids('(أ.ف.ب)'), ['org:afp']);
  assert.deepEqual(ids('دير الزور - قتل اثنان'), ['town:dayr-az-zawr']);
  assert.deepEqual(ids('وقالت منظمة هيومن رايتس ووتش'), ['org:hrw']);
  assert.deepEqual(ids('نقلت شبكة سي إن إن وCNN'), ['org:cnn', 'org:cnn']);
  assert.deepEqual(ids('أعلنت الإمارات العربية المتحدة'), ['country:ae']);
});

test('names of a long alias list (one first word, many names) are each found, the first of equal ones', () => {
  // matchAt reads a long list through its index by second word: every alias written alone must still be
  // found, as the alias that comes first in the list among those of the same words
  let lists = 0;
  for (const list of getLookup().byFirst.values()) {
    if (list.length < 8) continue;
    lists++;
    for (const a of list) {
      if (a.hasCaps) continue;
      const text = `وقالت ${a.forms.join(' ')} أمس`;
      const first = list.find((b) => b.forms.join(' ') === a.forms.join(' '))!;
      const m = find(text).find((x) => x.start === 6);
      assert.ok(m, `no mention at "${a.forms.join(' ')}"`);
      assert.equal(m.lexId, first.entry.id, a.forms.join(' '));
      assert.equal(m.end, text.length - 4, a.forms.join(' '));
    }
  }
  assert.ok(lists > 5, `${lists} long lists`);
});

test('capitalised acronyms only match capitals', () => {
  assert.deepEqual(ids('according to ISIS sources'), ['org:isis']);
  assert.deepEqual(ids('this is it'), []);
});

test('ordinary words that are also place names are not matched', () => {
  assert.deepEqual(ids('كيف حدث ذلك في الحي القديم'), [], 'كيف (Kyiv), الحي (Al Hayy)');
  assert.deepEqual(ids('طالب المحتجون بالحرية والسلام'), []);
  assert.deepEqual(ids('أصدرت الوزارة بيان حول الباب'), []);
  assert.deepEqual(ids('يشعر المتظاهرون بالحماس'), [], 'الحماس is enthusiasm, not حماس');
  assert.deepEqual(ids('وقد فتح الباب أمام المفاوضات'), [], 'bare فتح is a verb');
});

test('head-triggered facilities and places', () => {
  const t = 'هاجم مسلحون سجن الحوت في مدينة الحسكة فجر الخميس';
  const f = one(t, 'سجن الحوت');
  assert.equal(f.type, 'facility');
  assert.equal(f.how, 'head');
  assert.equal(f.key, 'سجن الحوت');
  assert.equal(one(t, 'الحسكة').lexId, 'town:al-hasakah');
  assert.ok(!surfaces(t).includes('مدينة الحسكة'), 'a location head before a known place adds no mention');
  assert.equal(one('نزح السكان من حي الشيخ مقصود باتجاه الجنوب', 'حي الشيخ مقصود').type, 'location');
  assert.equal(
    one('عبرت الشاحنات معبر "كرم أبو سالم" صباحا', 'معبر "كرم أبو سالم"').key,
    'معبر كرم ابو سالم',
  );
  // a known name whose last words stand in quote marks is still that name, the marks inside its span
  const agency = one('وقال مصدر في حديث لوكالة "رويترز" أمس', 'وكالة "رويترز"');
  assert.equal(agency.type, 'organization');
  assert.equal(agency.lexId, one('نقلت وكالة رويترز عن مصدر', 'وكالة رويترز').lexId);
  assert.ok(!surfaces('قالت وزارة "الدفاع').includes('وزارة "الدفاع'), 'an unclosed mark is no name');
  // a name with a link word (بن، أبي) goes on through it, even over a word that is also a particle
  assert.equal(one('صلوا في مسجد الحسن بن علي بالمدينة', 'مسجد الحسن بن علي').type, 'facility');
  assert.equal(
    one('صلوا في مسجد الإمام علي بن أبي طالب أمس', 'مسجد الإمام علي بن أبي طالب').type,
    'facility',
  );
  assert.deepEqual(surfaces('وصلوا إلى مدينة وبلدة مجاورة'), [], 'a head followed by another head');
  assert.deepEqual(surfaces('ومن ناحية أخرى قال الوزير'), [], 'من ناحية is a phrase');
  assert.deepEqual(surfaces('بنوا مخيم للاجئين قرب الحدود'), [], 'لل + noun is not a name');
  assert.equal(one('وصل الجرحى إلى مستشفى الحكمة الخاص', 'مستشفى الحكمة').type, 'facility');
  assert.equal(one('هبطت الطائرة في مطار دمشق الدولي', 'مطار دمشق الدولي').type, 'facility');
  assert.equal(one('هبطت الطائرة في مطار دمشق الدولي', 'دمشق').lexId, 'town:damascus');
  assert.equal(one('اقتحموا بسجن "الحوت" ليلا', 'سجن "الحوت"').key, 'سجن الحوت');
  assert.equal(one('يقع في بلدة عين ديوار شمالا', 'بلدة عين ديوار').type, 'location');
  assert.equal(one('افتتح في مدينة الملك فهد الطبية', 'مدينة الملك فهد').type, 'location');
  // a name link and the word after it are part of the name, beyond the usual length
  assert.equal(one('أغلقت السلطات معبر حسن أبو زيد التجاري', 'معبر حسن أبو زيد').type, 'facility');
  assert.ok(surfaces('صلوا في مسجد الإمام زيد بن أبي بكر فجرا').includes('مسجد الإمام زيد بن أبي بكر'));
  assert.ok(surfaces('نقل إلى مستشفى الملك عبد الله في المدينة').includes('مستشفى الملك عبد الله'));
  assert.deepEqual(surfaces('أقيمت منطقة عسكرية ومستشفى ميداني'), [], 'indefinite adjectives are not names');
  assert.deepEqual(surfaces('نقل إلى السجن المركزي'), [], 'a head with the article is not a head');
  assert.deepEqual(surfaces('وقعت في منطقة الاشتباكات'), [], 'generic nouns are not names');
});

test('real corpus: frequent names are found with clean spans', async (t) => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const file = join(root, '..', 'shared', 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz');
  if (!existsSync(file)) {
    t.skip(`${file} is absent`);
    return;
  }
  const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  let docs = 0;
  let found = 0;
  for await (const line of rl) {
    const text: string = JSON.parse(line).text ?? '';
    for (const m of findLexiconMentions('c', text, tokenize(text))) {
      assert.equal(text.slice(m.start, m.end), m.surface);
      assert.ok(!/^[\s"“”«»(]/.test(m.surface), `span starts cleanly: ${m.surface}`);
      found++;
    }
    if (++docs >= 300) break;
  }
  rl.close();
  assert.ok(found > docs, `${found} mentions in ${docs} articles`);
});

test('a camp, a palace, a headquarters or a lab before a name is a facility', () => {
  const text = 'وسيطرت القوات على معسكر الصالحية وقصر الرئاسة.';
  const ms = findLexiconMentions('d', text, tokenize(text)).filter((m) => m.type === 'facility');
  assert.deepEqual(
    ms.map((m) => m.surface),
    ['معسكر الصالحية', 'قصر الرئاسة'],
  );
});

test("a country's national security council is not the UN Security Council", () => {
  const text = 'وترأس الرئيس اجتماعا لمجلس الأمن القومي، ودعا مجلس الأمن الدولي إلى الانعقاد.';
  const ids = findLexiconMentions('d', text, tokenize(text)).map((m) => m.lexId);
  assert.deepEqual(ids, ['org:national-security-council', 'org:unsc']);
});
