// Where a speaker's phrase ends and where a subject before its verb starts: sentences of our own, modelled on
// how Arabic news words them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeakers, run, speakerOf } from './attribution-helpers.js';

/** The relays of a text's quotes, in order. */
const quoteVias = (text: string) =>
  run(text).quotes.map((q) => q.attribution.via.map((v) => v.surface).join('|'));

test('a preposition never ends a speaker: في before a time or a place goes with what follows', () => {
  assert.deepEqual(quoteSpeakers('وقالت الشرطة في هذا الوقت إن الطريق مغلق.'), ['الشرطة']);
  assert.deepEqual(quoteSpeakers('وأفادت السلطات في بلجيكا أن الهدوء عاد إلى المدينة.'), [
    'السلطات في بلجيكا',
  ]);
  assert.deepEqual(quoteSpeakers('وأعلن الحزب في الخامس من مايو أنه سيقاطع الانتخابات.'), ['الحزب']);
});

test('a weekday, a negated clause and a relative clause about the source end its phrase', () => {
  assert.deepEqual(quoteSpeakers('وقالت وكالة الأنباء الموريتانية الخاصة الأحد إن الحريق أخمد.'), [
    'وكالة الأنباء الموريتانية الخاصة',
  ]);
  assert.deepEqual(quoteSpeakers('وقال مصدر عسكري لم يكشف عن اسمه إن 4 جنود أصيبوا.'), ['مصدر عسكري']);
  assert.deepEqual(
    quoteSpeakers('وقال مصدر أمني إن الطريق أغلق. وأضاف المصدر الذي لم يشأ ذكر اسمه أن التحقيق بدأ.'),
    ['مصدر أمني', 'مصدر أمني'],
  );
});

test("an unnamed source's adjective takes no definite word: that word is the object", () => {
  assert.deepEqual(quoteSpeakers('وأكد مسؤول عسكري الخبر قائلا إن التحقيق جار.').slice(0, 1), [
    'مسؤول عسكري',
  ]);
});

test('who did it, after a known name, is the object (ووصف X من يقومون بهذا بأنهم …)', () => {
  assert.deepEqual(quoteSpeakers('وصف الرئيس دونالد ترامب من يقفون وراء الهجوم بأنهم جبناء.'), [
    'دونالد ترامب',
  ]);
});

test("a body's head goes on in construct with the place or body after it", () => {
  assert.deepEqual(quoteSpeakers('وأعلنت مديرية أمن شمال سيناء، في بيان، أن حملة بدأت.'), [
    'مديرية أمن شمال سيناء',
  ]);
});

test('a short aside in parentheses inside a titled name', () => {
  assert.deepEqual(quoteSpeakers('وقال قائد شرطة (دالاس) مايكل براون إن المشتبه به اعتقل.'), ['مايكل براون']);
});

test('a video or a recording after the subject ends it', () => {
  assert.deepEqual(quoteSpeakers('ونشرت حركة الشباب شريط فيديو قالت فيه إنها نفذت الهجوم.').slice(0, 1), [
    'حركة الشباب',
  ]);
});

test('the outlet told with the article (للتلفزيون الرسمي) is no subject: the subject stands before the verb', () => {
  const t = 'ولم تتبن أي جهة الهجوم، لكن وزير الداخلية، سامي العلي، قال للتلفزيون الرسمي إن العملية إرهابية.';
  assert.deepEqual(quoteSpeakers(t), ['سامي العلي']);
});

test('كان, the subject with adjectives after a known name, then قد and the verb', () => {
  const t = 'وكانت وكالة "تسنيم" شبه الرسمية، قد أعلنت الأحد أن 5 جنود قتلوا.';
  assert.equal(speakerOf(t, '5')?.speaker, 'وكالة "تسنيم"');
});

test('a relay verb with عنه: the one pointed back at speaks, the agency relays', () => {
  const t = 'وقال المحافظ سامي خليل إن الطرق مغلقة. ونقلت عنه وكالة رويترز أن 9 أشخاص قتلوا.';
  assert.deepEqual(quoteSpeakers(t), ['سامي خليل', 'سامي خليل']);
  assert.deepEqual(quoteVias(t), ['', 'وكالة رويترز']);
});

test('a trailing كما قال with the outlet told before the source: the outlet relays', () => {
  const t = 'واعتقل ثلاثة أشخاص قرب المطار، كما قال لوكالة فرانس برس مصدر أمني لم يذكر تفاصيل.';
  assert.equal(speakerOf(t, 'ثلاثة')?.speaker, 'مصدر أمني');
  assert.deepEqual(quoteVias(t), ['وكالة فرانس برس']);
});

test('a threat states what is threatened after ب', () => {
  assert.deepEqual(quoteSpeakers('وهددت حركة طالبان الحكومة بشن هجمات جديدة.'), ['حركة طالبان']);
});

test('what a source said, with its pronoun (نفيه), is no adjective of the source', () => {
  const t = 'ونقلت الوكالة الرسمية عن مصدر عسكري نفيه للأنباء.';
  assert.deepEqual(quoteSpeakers(t), ['مصدر عسكري']);
});

test('a place in the source after a preposition is cut with the preposition (بحسب مصدر من | داخل …)', () => {
  assert.deepEqual(quoteSpeakers('وانسحب المسلحون بعد ساعة بحسب مصدر من داخل المبنى.'), ['مصدر']);
});

test('a subject before a verb whose object is what it issued (جماعة X تعلن مسؤوليتها عن …)', () => {
  assert.deepEqual(quoteSpeakers('اليمن: جماعة مسلحة مجهولة تعلن مسؤوليتها عن تفجير الميناء'), [
    'جماعة مسلحة مجهولة',
  ]);
});

test('television or radio with an adjective is a body that speaks; what a relay verb carries with no عن is no statement', () => {
  assert.deepEqual(quoteSpeakers('وقال التلفزيون الرسمي إن الحريق أخمد.'), ['التلفزيون الرسمي']);
  assert.deepEqual(quoteSpeakers('ونقل التلفزيون الرسمي مشاهد من الجنازة.'), []);
});

test("عنه inside a relay marker (بحسب ما نقلت عنه X) is the sentence's own speaker, and X relays", () => {
  const t =
    'وقال المحافظ سامي خليل إن الطرق مغلقة. وقال الوزير كمال يوسف بحسب ما نقلت عنه وكالات الأنباء، إن الهجوم فشل.';
  assert.deepEqual(quoteSpeakers(t), ['سامي خليل', 'كمال يوسف']);
  assert.deepEqual(quoteVias(t), ['', 'وكالات الأنباء']);
});
