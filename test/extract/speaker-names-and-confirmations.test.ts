// Round 48: a title with a glued ل after وفقا, a compound given name (X الدين), and a source that confirms
// the figures before it (أكد X هذه الحصيلة): sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, quoteSpeakers, run, speakerOf } from './attribution-helpers.js';

test('after وفقا ل, a title without the article and its name: the person speaks', () => {
  const text = 'أصيب 12 شخصا في الانفجار، وفقا لنائب المتحدث باسم وزارة النقل سليم حيدري.';
  assert.equal(speakerOf(text, '12')?.speaker, 'سليم حيدري');
});

test('a compound given name keeps its second word with the article', () => {
  const text = 'وقال مدير الأمن، العميد نور الدين عبد الحميد، إن القطار خرج عن القضبان.';
  assert.equal(quoteSpeaker(text, 'القطار'), 'نور الدين عبد الحميد');
});

test('a source that confirms the toll before it gives each figure too', () => {
  const text =
    'وقال المحافظ إن الحريق أدى إلى مقتل 7 عمال وإصابة تسعة. وأكد هذه الحصيلة كمال ناصر، مدير الدفاع المدني.';
  const speakers = (needle: string) =>
    run(text)
      .claims.filter((c) => text.slice(c.start, c.end).includes(needle))
      .map((c) => c.attribution.speaker?.surface ?? null);
  assert.deepEqual(speakers('7'), ['المحافظ', 'كمال ناصر']);
  assert.deepEqual(speakers('تسعة'), ['المحافظ', 'كمال ناصر']);
  assert.equal(quoteSpeaker(text, 'هذه الحصيلة'), 'كمال ناصر');
});

test('the confirming source may come first, and a confirmation of nothing adds nothing', () => {
  const text = 'وغرق 5 صيادين قرب الشاطئ. كما أكد المتحدث باسم خفر السواحل هذه الحصيلة.';
  const fives = run(text).claims.filter((c) => c.value.low === 5);
  assert.equal(fives.length, 2);
  assert.equal(fives[1]!.attribution.speaker?.surface, 'خفر السواحل');
  const none = 'وأكد الوزير هذه الحصيلة.';
  assert.equal(run(none).claims.length, 0);
});

test('a verb of saying with what happened as its object speaks, after كان too; not after عدم’s subject', () => {
  assert.equal(quoteSpeaker('وأكد مصدر أمني محلي وقوع الانفجار قرب السوق.', 'الانفجار'), 'مصدر أمني محلي');
  const kana = 'وكان المتحدث باسم الدفاع المدني، سامي العلي، قد أكد سقوط المبنى.';
  assert.equal(quoteSpeaker(kana, 'المبنى'), 'سامي العلي');
  const denial = 'وأكد متحدث باسم الدفاع المدني عدم اندلاع حرائق جديدة في الغابة.';
  assert.notEqual(quoteSpeaker(denial, 'الغابة')?.includes('عدم'), true);
});

test('a demonstrative before an ordinal is no speaker; before a title, the titled person speaks', () => {
  assert.equal(quoteSpeaker('ويعتبر هذا ثالث حريق في المنطقة خلال أسبوع.', 'حريق'), undefined);
  const shown = 'وأوضح ذلك مدير المستشفى الدكتور هاني سليم أن الجرحى بحالة مستقرة.';
  assert.equal(quoteSpeaker(shown, 'الجرحى'), 'هاني سليم');
});

test('كان X، في بيان، قال and يذكر أن X قال: the subject before the verb speaks', () => {
  const kana = 'وكان المتحدث باسم الوزارة، رامي حداد، في بيان، قال إن الطريق أغلق.';
  assert.equal(quoteSpeaker(kana, 'الطريق'), 'رامي حداد');
  assert.equal(quoteSpeaker('ويذكر أن وزارة النقل قالت إن الطريق أغلق.', 'الطريق'), 'وزارة النقل');
});

test('a verb that opens its sentence with a preposition’s phrase after it: the last speaker goes on', () => {
  const text = 'وقال الوزير سامي خليل إن الطريق مغلق. وقال بشأن الحادث الأسبوع الماضي إن التحقيق جار.';
  assert.equal(quoteSpeaker(text, 'التحقيق'), 'سامي خليل');
});

test('after بحسب ما and its verb, the verb’s preposition with a pronoun is passed; a source ends before اللذين', () => {
  const passed = 'يقترب الطرفان من اتفاق بحسب ما كشف عنه متحدثان باسم اللجنة.';
  assert.equal(quoteSpeaker(passed, 'يقترب'), 'متحدثان باسم اللجنة');
  const relative = 'ووفقا للمصدرين اللذين حضرا الاجتماع فإن القرار اتخذ.';
  assert.equal(quoteSpeaker(relative, 'القرار'), 'المصدرين');
});

test('a relay verb after its subject, with its source after عن: the source speaks through the subject', () => {
  const text = 'وكانت صحيفة الأيام قد نقلت عن مصادر أمنية أن المشتبه به اعتقل.';
  const [quote] = run(text).quotes;
  assert.equal(quote?.attribution.speaker?.surface, 'مصادر أمنية');
  assert.deepEqual(
    quote?.attribution.via.map((v) => v.surface),
    ['صحيفة الأيام'],
  );
});

test('a denial after a comma and لكن, its subject first, ends the statement before it and is its own', () => {
  const text = 'واتهمت بغداد أنقرة بقصف القرى، لكن أنقرة تنفي ذلك.';
  assert.deepEqual(quoteSpeakers(text), ['بغداد', 'أنقرة']);
  const despite = 'وتحدثت الصحيفة عن اختفاء الصحفي، رغم نفي مسؤولين تقارير اختفائه.';
  assert.deepEqual(quoteSpeakers(despite).slice(0, 1), ['الصحيفة']);
});
