// The entities' second pass: spelling and head-word variants of one place, the forms the articles used,
// and the forms other articles use for a person named once in full.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';
import { shorterForms, withoutPlaceTail } from '../../src/reconcile/short-forms.js';
import {
  asConstruct,
  asGovernment,
  joinCompounds,
  mergeVariants,
  skeleton,
  withoutProclitic,
} from '../../src/reconcile/variants.js';
import type { DossierEntity } from '../../src/types.js';

const dossier = (...texts: string[]) =>
  buildDossier(texts.map((text, i) => analyzeDocument({ id: `d${i}`, source: `d${i}`, text })));
const entityNamed = (d: ReturnType<typeof dossier>, name: string) =>
  d.entities.filter((e) => e.name === name || e.aliases.includes(name));

test('long vowels and swapped letters do not change a skeleton; other letters do', () => {
  assert.equal(skeleton('كابل'), skeleton('كابول'));
  assert.equal(skeleton('داود امين'), skeleton('داوود امين'));
  assert.notEqual(skeleton('حلب'), skeleton('حمص'));
  assert.equal(skeleton('صفاقص'), skeleton('صفاقس'), 'an emphatic letter written plain');
  assert.equal(
    skeleton('قوات الدفاع الجوي السعودي'),
    skeleton('قوات الدفاع الجوي السعوديه'),
    'a nisba of either gender',
  );
  assert.notEqual(skeleton('الجبهه الشعبيه'), skeleton('الجبهه'), 'the adjective itself still counts');
});

/** The skeleton as it was written with regular expressions, to check the one-walk version against. */
function skeletonByExpressions(key: string): string {
  return key
    .replace(/تش/g, 'ش')
    .replace(/ص/g, 'س')
    .replace(/ط/g, 'ت')
    .split(' ')
    .map((word, at) => (at > 0 && /^ال\S+ي[ةه]$/.test(word) ? word.slice(0, -1) : word))
    .map(
      (word) =>
        (word[0] ?? '') +
        word
          .slice(1)
          .replace(/[اويى]/g, '')
          .replace(/[غقكج]/g, 'ق')
          .replace(/[ةه]$/, 'ه'),
    )
    .join(' ');
}

test('the skeleton made in one walk is the one the regular expressions made', () => {
  const names = [
    '',
    ' ',
    'تشيبوك',
    'تتشاد',
    'طشقند',
    'مطار صنعاء الدولي',
    'قوات الدفاع الجوي السعودية',
    'الجبهة  الشعبية',
    'مدينة\tالحديدة اليمنية',
    'الحرس الوطنية\u00a0ية',
    'ة هة',
    'جامعة كولومبيا ',
    'ال الية',
  ];
  for (const name of names) assert.equal(skeleton(name), skeletonByExpressions(name), JSON.stringify(name));
});

test('a proclitic is removed where the rest is a definite word or another form of the name', () => {
  assert.equal(withoutProclitic('للمرصد', new Set()), 'المرصد');
  assert.equal(withoutProclitic('وبالمدينة', new Set()), 'المدينة');
  assert.equal(withoutProclitic('لبنان', new Set()), 'لبنان');
  assert.equal(withoutProclitic('لرويترز', new Set(['رويترز'])), 'رويترز');
  assert.equal(withoutProclitic('وكالة الأنباء', new Set()), 'وكالة الأنباء'); // no و + ك + الة
});

test('a place written two ways, with or without its head word, is one entity', () => {
  const d = dossier('وانفجرت سيارة في مدينة كابول صباح الأحد.', 'وقالت الشرطة إن الانفجار وقع في كابل.');
  const found = entityNamed(d, 'كابل');
  assert.equal(found.length, 1);
  assert.ok(found[0]!.merged_because.some((why) => /written two ways/.test(why)));
});

test('a person named in full once is found by role and family name in the other articles', () => {
  const d = dossier(
    'وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستمر.',
    'وأكد لافروف أن بلاده لن تتراجع.',
  );
  const person = d.entities.find((e) => e.type === 'person' && /لافروف/.test(e.name));
  assert.ok(person, 'the minister is an entity');
  assert.ok(person.aliases.includes('وزير الخارجية الروسي سيرغي لافروف'));
  assert.ok(person.aliases.includes('وزير الخارجية الروسي'));
  assert.ok(person.aliases.includes('لافروف'));
});

test("a role before one person's name is no form of the next person named after it", () => {
  const d = dossier(
    'وحضر الحفل وزير المالية برونو لومير إلى جانب كريستين لاغارد وعدد من المسؤولين.',
    'وقالت كريستين لاغارد إن الاقتصاد يتعافى.',
  );
  const second = d.entities.find((e) => e.type === 'person' && /لاغارد/.test(e.name));
  assert.ok(second, 'the second person is an entity');
  assert.ok(!second.aliases.some((a) => /وزير|لومير/.test(a)), second.aliases.join(' | '));
});

test("a role right after one person's name is no form of the person named next; a counterpart is a role", () => {
  const d = dossier(
    'والتقى ماهر سليمان وزير الخارجية المصري نظيرته الكرواتية يلينا ماركوفيتش في القاهرة.',
    'وقالت يلينا ماركوفيتش إن التعاون قائم.',
  );
  const second = d.entities.find((e) => e.type === 'person' && /ماركوفيتش/.test(e.name));
  assert.ok(second, 'the second person is an entity');
  assert.ok(!second.aliases.some((a) => a.includes('وزير الخارجية')), second.aliases.join(' | '));
  assert.ok(second.aliases.includes('نظيرته الكرواتية'), second.aliases.join(' | '));
  const first = d.entities.find((e) => e.type === 'person' && /سليمان/.test(e.name));
  assert.ok(first?.aliases.includes('ماهر سليمان وزير الخارجية المصري'), first?.aliases.join(' | '));
});

test('a role closed by a comma before the name is a form of the person too', () => {
  const d = dossier(
    'وقال وزير الخارجية الفرنسي، جان مارك فوكو، إن المحادثات ستستمر.',
    'وأكد فوكو أن بلاده لن تتراجع.',
  );
  const person = d.entities.find((e) => e.type === 'person' && /فوكو/.test(e.name));
  assert.ok(person, 'the minister is an entity');
  assert.ok(person.aliases.includes('وزير الخارجية الفرنسي'), person.aliases.join(' | '));
});

test("a role closed by a comma before the person's ranks is a form of the person; a verb ends a role", () => {
  const d = dossier(
    'وكان قائد الشرطة، الجنرال عبد الكريم نوراني، من أبرز القادة الأمنيين.',
    'وقال نوراني إن الوضع هادئ. وقتل خلاله قائد حرس الحدود الجنرال سامي الحلبي.',
  );
  const chief = d.entities.find((e) => e.type === 'person' && /نوراني/.test(e.name));
  assert.ok(chief, 'the police chief is an entity');
  assert.ok(chief.aliases.includes('قائد الشرطة'), chief.aliases.join(' | '));
  assert.ok(!chief.aliases.some((a) => /[،,]/.test(a)), chief.aliases.join(' | '));
  const guard = d.entities.find((e) => e.type === 'person' && /الحلبي/.test(e.name));
  assert.ok(guard, 'the border guards chief is an entity');
  assert.ok(!guard.aliases.some((a) => /قتل|خلاله/.test(a)), guard.aliases.join(' | '));
});

test('a place written after the head word of its kind keeps that form as an alias', () => {
  const d = dossier('وقصفت الطائرات مدينة دوما صباح اليوم.', 'وقال سكان في دوما إن القصف استمر.');
  const place = d.entities.find(
    (e) => e.type === 'location' && (e.name === 'دوما' || e.aliases.includes('دوما')),
  );
  assert.ok(place, 'the town is an entity');
  assert.ok([place.name, ...place.aliases].includes('مدينة دوما'));
});

test('a known organisation written with adjectives after its name keeps that form as an alias', () => {
  const d = dossier('وتبنى تنظيم داعش الإرهابي الهجوم على الحاجز.', 'وقال مسؤول إن داعش يقف وراء التفجير.');
  const group = d.entities.find((e) => e.aliases.includes('داعش'));
  assert.ok(group, 'the group is an entity');
  assert.ok(group.aliases.includes('تنظيم داعش الإرهابي'));
  assert.ok(group.aliases.includes('داعش الإرهابي'));
});

test('adjectives that end another entity name make no form of the place inside it', () => {
  const d = dossier('وقالت قوات سوريا الديمقراطية إنها تقدمت في سوريا.');
  const syria = d.entities.find((e) => e.type === 'location' && e.name === 'سوريا');
  assert.ok(syria, 'the country is an entity');
  assert.ok(!syria.aliases.some((a) => /الديمقراطية/.test(a)));
});

test('an organisation without its adjective, or its head noun alone, joins the one such name of the story', () => {
  const d = dossier(
    'وأصدرت وزارة الزراعة الأردنية بيانا حول الأضرار.',
    'وقالت وزارة الزراعة إن المحصول تضرر.',
    'وأكدت الوزارة أن التعويضات ستصرف.',
  );
  const ministries = d.entities.filter((e) => e.type === 'organization');
  assert.equal(ministries.length, 1);
  assert.ok(ministries[0]!.aliases.includes('الوزارة'));
  assert.ok(ministries[0]!.merged_because.some((why) => /short form/.test(why)));
});

test('a head noun alone stays apart when the story has two such names', () => {
  const d = dossier(
    'وأصدرت وزارة الزراعة بيانا حول الأضرار.',
    'وقالت وزارة المالية إن التعويضات ستصرف.',
    'وأكدت الوزارة أن العمل مستمر.',
  );
  assert.equal(d.entities.filter((e) => e.type === 'organization').length, 3);
});

test('shorter forms: without trailing adjectives, the head noun, the distinguishing word after a head', () => {
  assert.deepEqual(shorterForms('وزاره الداخليه السعوديه'), ['وزاره الداخليه', 'الوزاره']);
  assert.deepEqual(shorterForms('وزاره الداخليه'), ['الوزاره', 'الداخليه']);
  assert.deepEqual(shorterForms('المرصد'), []);
  // a head in construct with a name of two words: the name alone
  assert.ok(shorterForms('صحيفه نيويورك تايمز').includes('نيويورك تايمز'));
  assert.ok(!shorterForms('وزاره الداخليه السعوديه').includes('الداخليه السعوديه'));
  assert.deepEqual(shorterForms('السفاره الامريكيه الجديده'), [
    'السفاره الجديده',
    'السفاره الامريكيه',
    'السفاره',
  ]);
});

test('a name with fewer of its adjectives joins the name with more, and a chain of them is one', () => {
  const d = dossier(
    'وقالت قوات الحرس البحري الملكي الأردني إنها أنقذت عشرة صيادين.',
    'وأعلنت قوات الحرس البحري الأردني انتهاء عمليات البحث.',
    'وأضافت قوات الحرس البحري أن القارب غرق ليلا.',
  );
  const guards = d.entities.filter((e) => e.type === 'organization' && /الحرس البحري/.test(e.name));
  assert.equal(guards.length, 1, guards.map((e) => e.name).join(' / '));
});

test('a definite head noun typed a person joins the one organisation it heads', () => {
  const d = dossier(
    'وقال المرصد الوطني إن الأمطار ستستمر ثلاثة أيام.',
    'ووفقا للمرصد، ارتفع منسوب المياه. وكان المرصد أفاد في حصيلة أولية عن 18 غريقا.',
  );
  const observatory = d.entities.filter((e) => /المرصد/.test([e.name, ...e.aliases].join(' ')));
  assert.equal(observatory.length, 1);
  assert.equal(observatory[0]!.type, 'organization');
});

test('a role before a name, without the rank at its end, and a rank with the family name are forms of the person', () => {
  const d = dossier(
    'وقال المتحدث الأمني بوزارة الداخلية اللواء سامر العلي إن التحقيقات مستمرة.',
    'وأوضح اللواء العلي أن الموقوفين سيحالون إلى القضاء.',
    'وأضاف المتحدث الأمني أن الحادث معزول.',
  );
  const person = d.entities.find((e) => e.type === 'person' && e.name === 'سامر العلي');
  assert.ok(person, 'the spokesman is an entity');
  for (const form of ['المتحدث الأمني بوزارة الداخلية', 'المتحدث الأمني', 'اللواء العلي', 'العلي'])
    assert.ok(person.aliases.includes(form), form);
  assert.ok(!person.aliases.includes('المتحدث الأمني بوزارة الداخلية اللواء'));
});

test('the capital written with its adjective before the name stands for that city where it stands alone', () => {
  const d = dossier(
    'ووقع الانفجار في العاصمة الأردنية عمان مساء الخميس.',
    'وقالت الشرطة إن الهدوء عاد إلى العاصمة الأردنية صباح الجمعة.',
  );
  const city = d.entities.find((e) => e.type === 'location' && e.aliases.includes('العاصمة الأردنية عمان'));
  assert.ok(city, 'the city is an entity');
  assert.ok(city.aliases.includes('العاصمة الأردنية'));
});

test('a group head noun before a known name, or with the nisba of its name, is a form of the group', () => {
  const d = dossier(
    'وأعلن الحوثيون مسؤوليتهم عن الهجوم.',
    'وقالت الجماعة الحوثية المسلحة إن الصواريخ أصابت أهدافها.',
    'واتهم الجيش ميليشيات الحوثي بقصف القرى.',
  );
  const group = d.entities.find((e) => e.aliases.includes('الحوثيون'));
  assert.ok(group, 'the group is an entity');
  assert.ok(group.aliases.includes('ميليشيات الحوثي'));
  assert.ok(group.aliases.includes('الجماعة الحوثية المسلحة'));
});

test('a compound name written with or without its space is one name', () => {
  assert.equal(joinCompounds('عبد الملك الحوثي'), 'عبدالملك الحوثي');
  assert.equal(joinCompounds('ابو الفضل'), 'ابوالفضل');
  assert.equal(joinCompounds('عبد ربه منصور'), 'عبد ربه منصور', 'no article after عبد: not joined');
  const d = dossier(
    'وقال الشيخ عبدالرحيم الجابري إن الاجتماع انتهى دون اتفاق.',
    'وأكد الشيخ عبد الرحيم الجابري أن المشاورات ستستمر.',
  );
  assert.equal(d.entities.filter((e) => e.type === 'person' && /الجابري/.test(e.name)).length, 1);
});

test('a singular nisba that may be a family name gives an organisation no group forms', () => {
  const d = dossier(
    'وأعلن الحوثيون مسؤوليتهم عن الهجوم.',
    'وقال الناطق باسم الحوثي إن الجماعة الحوثية لن تتراجع.',
  );
  const owners = d.entities.filter((e) => e.aliases.includes('الجماعة الحوثية'));
  assert.ok(owners.length <= 1, 'the form goes to one entity at most');
  const group = d.entities.find((e) => e.aliases.includes('الحوثيون') || e.name === 'الحوثيون');
  assert.ok(group?.aliases.includes('الجماعة الحوثية'), 'the plural names the group');
});

test('ch written تش or ش, and a country authorities or government, share one key', () => {
  assert.equal(skeleton('تشيبوك'), skeleton('شيبوك'));
  assert.equal(asGovernment('السلطات الماليزيه'), 'الحكومه الماليزيه');
  assert.equal(
    asGovernment('السلطات المحليه في المدينه'),
    'السلطات المحليه في المدينه',
    'only a nisba after',
  );
});

test('a country authorities join its government', () => {
  const d = dossier(
    'وقالت الحكومة الماليزية إن الأمطار أضعف من المتوقع.',
    'وقالت السلطات الماليزية إن الأمطار تسببت في فيضانات.',
  );
  const government = d.entities.filter((e) => /الماليزية/.test([e.name, ...e.aliases].join(' ')));
  assert.equal(government.length, 1, 'one government');
});

test('an organisation written with the place it is in keeps that form as an alias', () => {
  const d = dossier(
    'وقالت وزارة الصحة الفلسطينية إن ثلاثة أصيبوا في نابلس.',
    'وأكدت وزارة الصحة الفلسطينية في نابلس الحصيلة.',
  );
  const ministry = d.entities.find(
    (e) => e.name === 'وزارة الصحة الفلسطينية' || e.aliases.includes('وزارة الصحة الفلسطينية'),
  );
  assert.ok(ministry?.aliases.includes('وزارة الصحة الفلسطينية في نابلس'), ministry?.aliases.join(' / '));
});

test('a place spelt two ways keeps the head-word forms of both spellings', () => {
  const d = dossier(
    'وقالت الشرطة إن مسلحين هاجموا مدينة كوتشارا فجرا.',
    'وعاد الهدوء إلى كوشارا بعد الهجوم.',
    'وقال سكان في كوشارا إن المدارس أغلقت.',
  );
  const town = d.entities.find((e) => e.type === 'location' && /كو/.test(e.name));
  assert.ok(town, 'the town is an entity');
  const forms = [town.name, ...town.aliases];
  assert.ok(forms.includes('كوشارا') && forms.includes('مدينة كوتشارا'), forms.join(' / '));
});

test('an alliance written with the country that leads it is the alliance', () => {
  const d = dossier(
    'وقالت قوات التحالف إن طائراتها دمرت منصة صواريخ قرب مدينة الزعفران.',
    'وأعلنت قوات التحالف بقيادة السعودية أنها اعترضت صاروخين فوق مدينة الزعفران.',
  );
  const alliance = entityNamed(d, 'قوات التحالف');
  assert.equal(alliance.length, 1);
  assert.ok(alliance[0]!.aliases.includes('قوات التحالف بقيادة السعودية'), alliance[0]!.aliases.join('، '));
});

test('a name with the place it is in is the name, where the place is one', () => {
  assert.equal(withoutPlaceTail('الحكومه العراقيه في بغداد', new Set()), 'الحكومه العراقيه');
  assert.equal(withoutPlaceTail('قوات الامن بالبصره', new Set()), 'قوات الامن');
  assert.equal(withoutPlaceTail('مكتب الاعلام في الزعفران', new Set(['الزعفران'])), 'مكتب الاعلام');
  assert.equal(withoutPlaceTail('مطار بغداد', new Set()), null, 'a place in the name itself');
  assert.equal(withoutPlaceTail('لجنه التحقيق في الحادث', new Set()), null, 'no place after the link');
  const d = dossier(
    'وقالت الحكومة العراقية إن الوضع مستقر في المدن الجنوبية.',
    'وكانت الحكومة العراقية في بغداد قد أعلنت حظر التجول.',
  );
  assert.equal(entityNamed(d, 'الحكومة العراقية').length, 1);
});

test('a person is found by role and title before every spelling of the full name', () => {
  const d = dossier(
    'وقال سيرجي كوزلوف إن المحادثات ستستمر.',
    'وقال سيرجي كوزلوف إن بلاده لن تتراجع.',
    'وأكد الوزير الأول سيرغي كوزلوف، الخبر.',
    'والتقى الرئيس كوزلوف بالوفد أمس.',
  );
  const person = entityNamed(d, 'سيرجي كوزلوف');
  assert.equal(person.length, 1);
  const forms = [person[0]!.name, ...person[0]!.aliases];
  assert.ok(forms.includes('الوزير الأول'), `the role before the other spelling: ${forms.join('، ')}`);
  assert.ok(forms.includes('الرئيس كوزلوف'), `a title before the family name: ${forms.join('، ')}`);
});

test('a compound family name alone (عبد الرحمن) is the one person of that family name', () => {
  const d = dossier(
    'وقال مدير المركز سامي عبد الرحمن إن القصف استمر.',
    'وأضاف عبد الرحمن أن ثلاثة مدنيين قتلوا.',
  );
  assert.equal(entityNamed(d, 'عبد الرحمن').length, 1);
  assert.equal(entityNamed(d, 'عبد الرحمن')[0]!.name, 'سامي عبد الرحمن');
});

test('a one-word place with or without the article is one place; the land around a place is another', () => {
  const d = dossier(
    'وقصفت الطائرات مدينة حمورية صباح الأحد.',
    'وقال سكان إن القصف على مدينة الحمورية استمر، وإن القذائف سقطت على دمشق.',
    'وسقطت قذائف على ريف دمشق.',
  );
  assert.equal(entityNamed(d, 'حمورية').length, 1);
  assert.equal(entityNamed(d, 'الحمورية').length, 1);
  const capital = entityNamed(d, 'دمشق');
  assert.equal(capital.length, 1, capital.map((e) => e.name).join(' / '));
  assert.ok(!capital[0]!.aliases.includes('ريف دمشق'));
});

test('two lexicon places are never one however close their spellings', () => {
  const d = dossier('وقالت نيجيريا إن الحدود مع النيجر مغلقة.', 'وأكدت النيجر أن نيجيريا أغلقت المعبر.');
  assert.equal(entityNamed(d, 'نيجيريا').length, 1);
  assert.notEqual(entityNamed(d, 'نيجيريا')[0], entityNamed(d, 'النيجر')[0]);
});

test('a name typed an organisation that a place of the story bears is that place', () => {
  const text = 'وضرب الإعصار جزيرة الزعفرانة اليمنية، وقال مسؤولون إن الزعفرانة معزولة.';
  const entity = (id: string, type: DossierEntity['type'], name: string, start: number) => ({
    id,
    type,
    name,
    english_name: null,
    aliases: [],
    mentions: [{ doc: 'd0', start, end: start + name.length }],
    merged_because: [],
  });
  const island = entity('e1', 'location', 'الزعفرانة اليمنية', text.indexOf('الزعفرانة'));
  const misread = entity('e2', 'organization', 'الزعفرانة', text.lastIndexOf('الزعفرانة'));
  const { entities } = mergeVariants(
    { entities: [island, misread], entityOf: new Map() },
    new Map([['d0', text]]),
  );
  assert.equal(entities.length, 1);
  assert.equal(entities[0]!.type, 'location');
});

test('a name followed by its one-word short name joins both the name and the short name', () => {
  const d = dossier(
    'وقالت هيئة إذاعة الجنوب هراج إن المعبر أغلق.',
    'وذكرت هيئة إذاعة الجنوب أن الطريق فتح. وقالت هراج إن 3 أشخاص أصيبوا.',
  );
  const radio = d.entities.find((e) => e.type === 'organization' && /هراج/.test(e.name));
  assert.ok(radio, 'the radio is an organisation');
  // the forms the articles write: the name with its head, and the short name
  for (const form of ['هراج', 'هيئة إذاعة الجنوب']) assert.ok(radio.aliases.includes(form), form);
  assert.ok(!d.entities.some((e) => e.type === 'person' && e.name === 'هراج'));
});

test('a noun with its nisba adjective and the noun of the adjective word share one key', () => {
  assert.equal(asConstruct('القوات الامنيه'), 'قوات الامن');
  assert.equal(asConstruct('السلطات الامنيه الاردنيه'), 'سلطات الامن الاردنيه');
  assert.equal(asConstruct('قوات الامن'), 'قوات الامن');
  const d = dossier(
    'وقالت قوات الأمن إنها فرقت المحتجين أمام مبنى المحافظة.',
    'وأطلقت القوات الأمنية الغاز المسيل للدموع على 200 متظاهر.',
  );
  const forces = d.entities.filter((e) => e.type === 'organization' && /الأمن/.test(e.name));
  assert.equal(forces.length, 1, forces.map((e) => e.name).join(' / '));
});

test('a name with adjectives after it joins the one lexicon entry the name without them names', () => {
  const d = dossier(
    'وقالت قناة "الإخبارية السعودية الرسمية" إن الطريق أغلق.',
    'وذكرت قناة الإخبارية السعودية أن 4 أشخاص أصيبوا.',
  );
  const channels = d.entities.filter((e) => e.type === 'organization');
  assert.equal(channels.length, 1, channels.map((e) => e.name).join(' / '));
});

test('the capital before a country name spelt like its adjective is no form of the country', () => {
  const d = dossier(
    'وقالت السعودية إن الدفاعات اعترضت صاروخا فوق العاصمة السعودية الرياض.',
    'وسمع دوي انفجارات في العاصمة السعودية ليلا.',
  );
  const country = d.entities.find((e) => e.name === 'السعودية');
  assert.ok(country, 'the country is an entity');
  assert.ok(!country.aliases.includes('العاصمة السعودية'));
  assert.ok(d.entities.some((e) => e.name === 'الرياض' && e.aliases.includes('العاصمة السعودية')));
});

test('a name with a descriptive adjective after it joins the one name its head noun heads', () => {
  const d = dossier('وقال المرصد الوطني إن 5 عمال أصيبوا.', 'وأضاف المرصد المعارض أن التحقيقات مستمرة.');
  const observatory = d.entities.filter((e) => /المرصد/.test(e.name));
  assert.equal(observatory.length, 1);
  assert.ok(observatory[0]!.aliases.includes('المرصد المعارض'));
});

test("a body's teams and men (فرق الدفاع المدني، رجال الدفاع المدني) are forms of the body", () => {
  const d = dossier(
    'وقال الدفاع المدني إن فرق الدفاع المدني انتشلت خمس جثث.',
    'وأضاف رجال الدفاع المدني أن البحث مستمر تحت الأنقاض.',
  );
  const body = d.entities.find((e) => e.name === 'الدفاع المدني');
  assert.ok(body?.aliases.includes('فرق الدفاع المدني'), JSON.stringify(body?.aliases));
  assert.ok(body?.aliases.includes('رجال الدفاع المدني'));
});

test('an alliance with the relative clause that says who leads it (الذي تقوده السعودية) is a form of it', () => {
  const d = dossier(
    'وقال التحالف العربي إن الغارة أصابت هدفا عسكريا.',
    'ونفى التحالف العربي الذي تقوده السعودية استهداف المدنيين.',
  );
  const alliance = d.entities.find((e) => e.name === 'التحالف العربي');
  assert.ok(
    alliance?.aliases.includes('التحالف العربي الذي تقوده السعودية'),
    JSON.stringify(alliance?.aliases),
  );
});

test("a role right after one person's name only stands for that person alone too", () => {
  const d = dossier(
    'وقال سامر فريد حداد المتحدث باسم الرئيس اللبناني إن الزيارة تأجلت.',
    'وأضاف المتحدث باسم الرئيس اللبناني أن الموعد الجديد لم يحدد.',
  );
  const person = d.entities.find((e) => e.name === 'سامر فريد حداد');
  assert.ok(
    person?.aliases.includes('المتحدث باسم الرئيس اللبناني'),
    JSON.stringify(d.entities.map((e) => [e.name, ...e.aliases])),
  );
});

test("the role before a name with its compound written as one word is the person's too", () => {
  const d = dossier(
    'وقال رئيس شرطة المدينة عبد الرحمن خليفة إن الانفجار وقع قرب السوق.',
    'وكان قائد شرطة المدينة عبدالرحمن خليفة قد صرح بأن القتلى ثمانية.',
  );
  const person = d.entities.find((e) => e.type === 'person' && e.name.includes('خليفة'));
  assert.ok(person?.aliases.includes('قائد شرطة المدينة'), JSON.stringify(person?.aliases));
});
