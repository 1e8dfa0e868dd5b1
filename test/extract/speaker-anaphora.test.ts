// Speakers named again by a bare noun, and unnamed sources with their adjectives: sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { quoteSpeaker } from './attribution-helpers.js';

const speakerAt = (text: string, needle: string) => {
  const a = analyzeDocument({ id: 't', source: 't', text });
  const at = text.indexOf(needle);
  const c = a.claims.find((x) => x.number.numStart <= at && x.number.numEnd >= at);
  return c?.attribution.speaker?.surface ?? null;
};

test('a bare definite noun as speaker stands for the body named before with that head', () => {
  const t = 'أعلنت وزارة الزراعة في الإقليم نفوق 300 رأس من الماشية. وقالت الوزارة إن 25 مزرعة تضررت.';
  assert.match(speakerAt(t, '25') ?? '', /^وزارة الزراعة/);
});

test('the statement alone (البيان) speaks for whoever issued it', () => {
  const t = 'وقالت الهيئة الوطنية للإغاثة في بيان إن 70 خيمة وزعت. وقال البيان إن 40 عائلة نزحت من القرية.';
  assert.match(speakerAt(t, '70') ?? '', /^الهيئة الوطنية/);
  assert.equal(speakerAt(t, '40'), speakerAt(t, '70'));
});

test('"the sources" after named sources are those sources; a titled name is never an anaphor', () => {
  const t = 'وقالت مصادر محلية إن 4 منازل انهارت. وبحسب المصادر، فقد 9 أشخاص تحت الأنقاض.';
  assert.equal(speakerAt(t, '9'), 'مصادر محلية');
  const r =
    'وقال العقيد كريم الجابري إن 3 جنود أصيبوا. وقال العقيد جابري بأن الوضع هادئ. وأكد العميد الجابري أن 6 مسلحين قتلوا.';
  assert.equal(speakerAt(r, '6'), 'الجابري');
});

test('an unnamed source keeps its relative adjectives', () => {
  assert.equal(speakerAt('وقالت مصادر رسمية مغربية إن 8 صيادين فقدوا.', '8'), 'مصادر رسمية مغربية');
  assert.equal(speakerAt('وقالت مصادر أمنية وطبية إن 14 شرطيا أصيبوا.', '14'), 'مصادر أمنية وطبية');
  assert.equal(speakerAt('وقال مسؤولون كنديون إن 30 منزلا احترقت.', '30'), 'مسؤولون كنديون');
});

test('what the speaker issued, claimed or whom it told ends its name', () => {
  assert.equal(
    speakerAt('وأصدرت رئاسة الحكومة الموريتانية بيانا قالت فيه إن 9 أشخاص قتلوا.', '9'),
    'رئاسة الحكومة الموريتانية',
  );
  assert.equal(speakerAt('وقال الوزير كمال الراشد للصحفيين إن 16 قرية غمرتها المياه.', '16'), 'كمال الراشد');
});

test('"بحسب ما نقل X عن Y": Y speaks, X relays', () => {
  const t = 'وارتفع عدد الغرقى إلى 23 شخصا حسب ما نقل مراسلنا عن مصادر ملاحية.';
  const a = analyzeDocument({ id: 't', source: 't', text: t });
  const c = a.claims.find((x) => x.value.low === 23);
  assert.equal(c?.attribution.speaker?.surface, 'مصادر ملاحية');
  assert.deepEqual(
    c?.attribution.via.map((v) => v.surface),
    ['مراسلنا'],
  );
});

test('"the latter", "he, reading", a manner after the verb: the one before speaks', () => {
  const t =
    'وقال القائد رامز فاخوري إن المهمة صعبة. وقال هذا الأخير بصوت مرتجف "لا نزال نؤمن بهذه المهمة الصعبة". وأضاف مازحا: "سنعود للعشاء". ويقول وهو يقرأ ورقة إن الطاقم بخير. وتابع بنبرة حادة إن الوقت ينفد.';
  assert.equal(quoteSpeaker(t, 'لا نزال'), 'رامز فاخوري');
  assert.equal(quoteSpeaker(t, 'سنعود'), 'رامز فاخوري');
  assert.equal(quoteSpeaker(t, 'الطاقم بخير'), 'رامز فاخوري');
  assert.equal(quoteSpeaker(t, 'الوقت ينفد'), 'رامز فاخوري');
});

test("a bare head in construct with a known body is that body's (قيادة الجيش السوري)", () => {
  const t = 'أعلنت قيادة الجيش السوري الأحد في بيان سيطرتها على البلدة بالكامل.';
  assert.equal(quoteSpeaker(t, 'سيطرتها'), 'قيادة الجيش السوري');
});

test("a source after a relay: the author after a statement's ل, up to an aside or a dash", () => {
  assert.equal(
    quoteSpeaker('وبحسب تصريحات لمسؤول أمني، فإن القوات تقدمت نحو البلدة الجنوبية.', 'القوات'),
    'مسؤول أمني',
  );
  assert.equal(
    quoteSpeaker('وبحسب تصريح لخبير عسكري فضل عدم ذكر اسمه، فإن الهجوم فشل في تحقيق أهدافه.', 'الهجوم'),
    'خبير عسكري',
  );
  assert.equal(
    quoteSpeaker(
      'وتقدمت القوات نحو البلدة، وفق قائد القوات فضل عيسى الذي أوضح أن الطائرات توفر غطاء.',
      'وتقدمت',
    ),
    'فضل عيسى',
  );
  assert.equal(quoteSpeaker('فوفق المصدر وجه الأمين العام رسالة عاجلة إلى الحلفاء.', 'رسالة'), 'المصدر');
  assert.equal(
    quoteSpeaker(
      'وقال صديق للعائلة -طالبا عدم كشف هويته-: «لا أستطيع أن أصدق ما جرى في هذه القضية».',
      'أصدق',
    ),
    'صديق للعائلة',
  );
});

test("a person named right before الذي is whom the relative clause's verb has speak", () => {
  assert.equal(
    quoteSpeaker('والتقى الوزير بالسفير سامي خليل الذي أكد أن العلاقات قوية.', 'العلاقات'),
    'سامي خليل',
  );
  assert.equal(
    quoteSpeaker('وزار الرئيس المدينة برفقة قائد الجيش رامي عادل الذي قال إن الوضع مستقر.', 'مستقر'),
    'رامي عادل',
  );
});

test('a verb of saying with what happened right after its subject (أكدت الشركة خطف موظف) is a statement', () => {
  assert.equal(quoteSpeaker('وأكدت الشركة خطف موظف يعمل لديها في قسم الهندسة.', 'موظف'), 'الشركة');
});

test('a quoted name after لـ is the outlet told, unless it names the body the phrase belongs to', () => {
  assert.equal(
    quoteSpeaker('وقال المصدر لـ«الشرق الأوسط» إن الجبهة شاركت في العمليات الأخيرة.', 'الجبهة'),
    'المصدر',
  );
  assert.match(
    quoteSpeaker('وقالت القيادة العامة لـ"قسد" إن قواتها استعادت السيطرة على الحي.', 'قواتها') ?? '',
    /قسد/,
  );
});

test('a quoted name right after the verb, a complement after it, is the subject (وقال «X» إن)', () => {
  assert.equal(
    quoteSpeaker('وقال «المرصد السوري لحقوق الإنسان» إن الطيران ألقى عشرات البراميل على البلدة.', 'الطيران'),
    'المرصد السوري لحقوق الإنسان',
  );
  assert.equal(quoteSpeaker('وقال الوزير: «إن الوضع خطير جدا في المدينة الآن».', 'الوضع'), 'الوزير');
});
