// Who speaks, when a governor, a mayor or a long personal name is written out, and when the subject stands
// before its verb in a contrast or a concession: sentences of our own, modelled on how Arabic news words them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeakers, run } from './attribution-helpers.js';

test('a governor or a mayor of a state or a province is a role before the name', () => {
  assert.deepEqual(quoteSpeakers('وقال حاكم ولاية أوهايو جون كيسيك إن المدارس ستغلق.'), ['جون كيسيك']);
  assert.deepEqual(quoteSpeakers('لكن الحاكم الديمقراطي لفرجينيا رالف نورثام قال إن الطرق مغلقة.'), [
    'رالف نورثام',
  ]);
  assert.deepEqual(quoteSpeakers('وقال عمدة المدينة جون توري إن الشرطة تحقق.'), ['جون توري']);
});

test("a personal name runs on to the apposition's comma or to the role after it", () => {
  assert.deepEqual(quoteSpeakers('وقال عبد الكريم شيخ كبير، وهو طبيب، إن المستشفى امتلأ.'), [
    'عبد الكريم شيخ كبير',
  ]);
  assert.deepEqual(quoteSpeakers('وأعلن عبد الحميد علي المتحدث باسم الشرطة أن الطريق فتح.'), [
    'عبد الحميد علي',
  ]);
  // (not a word that opens what is said: أكد X | استمرار "…")
  assert.deepEqual(
    quoteSpeakers('وقال محمود الخطيب إن البحث جار. وأكد الخطيب استمرار "عمليات البحث".')[0],
    'محمود الخطيب',
  );
});

test('a subject before its verb after بيد أن, or after a concession (على الرغم من أن)', () => {
  assert.deepEqual(
    quoteSpeakers(
      'وقالت وزارة الداخلية إن الهجوم استهدف مدنيين. بيد أن حركة الشباب قالت إنها استهدفت الجنود.',
    ),
    ['وزارة الداخلية', 'حركة الشباب'],
  );
  assert.deepEqual(
    quoteSpeakers('وعلى الرغم من أن وزارة الخارجية جددت تأكيداتها بأن الحدود مفتوحة، أغلقت المعابر.'),
    ['وزارة الخارجية'],
  );
});

test('what the speaker renewed or warned of is its object, not its name (جدد X تأكيداته بأن …)', () => {
  assert.deepEqual(quoteSpeakers('وجدد الوزير سامي خليل تأكيداته بأن الأسعار لن ترتفع.'), ['سامي خليل']);
});

test('what happened, or "all of", after a complete noun is the object (ووصف الرئيس X الهجوم بأنه …)', () => {
  assert.deepEqual(
    quoteSpeakers('وقال قائد الشرطة سامي خليل إن المسلح اعتقل. ووصف الرئيس جون سميث الهجوم بأنه مروع.'),
    ['سامي خليل', 'جون سميث'],
  );
  assert.deepEqual(quoteSpeakers('ووصف الوزير الحادث بأنه مروع.'), ['الوزير']);
  assert.deepEqual(quoteSpeakers('وحثت المنظمة كافة الأطراف على السماح بدخول المساعدات.'), ['المنظمة']);
  // (not a noun in construct with it: منفذ الهجوم is who speaks, منفذي الهجوم whom he spoke of)
  assert.deepEqual(quoteSpeakers('وقال منفذ الهجوم إنه نادم.'), ['منفذ الهجوم']);
  assert.deepEqual(quoteSpeakers('ووصف رئيس الوزراء جون سميث منفذي الهجوم بأنهم جبناء.'), ['جون سميث']);
});

test('a participle after the object goes on with the subject (استنكر X الهجوم معلنا أن …)', () => {
  assert.deepEqual(quoteSpeakers('واستنكرت جامعة الدول العربية الهجوم معلنة أن ما حصل يستوجب التحرك.'), [
    'جامعة الدول العربية',
  ]);
});

test('a name in apposition after a description is the speaker (إحدى الطالبات، X Y، إن …)', () => {
  assert.deepEqual(quoteSpeakers('وقالت إحدى المعلمات، سارة جونز، إن المسلح دخل الفصل.'), ['سارة جونز']);
});

test('a place with a preposition glued to it, or a senator, comes before the name', () => {
  assert.deepEqual(quoteSpeakers('وقال رئيس غرفة التجارة بجدة سامي خليل إن الأسعار مستقرة.'), ['سامي خليل']);
  assert.deepEqual(quoteSpeakers('وقال السيناتور الجمهوري عن ولاية أريزونا جون سميث إن القرار خاطئ.'), [
    'جون سميث',
  ]);
});

test('the former and the latter (الأول، الثاني) are the last two people who spoke', () => {
  assert.deepEqual(
    quoteSpeakers(
      'وقال خطيب الجامع سامي خليل إن الأمة بحاجة إلى الوحدة. وقال رئيس اللجنة جون سميث إن الخطر قائم. وأكد الأول أن الكلمة واحدة. وشدد الثاني على وجوب الحذر.',
    ),
    ['سامي خليل', 'جون سميث', 'سامي خليل', 'جون سميث'],
  );
});

test('a trailing نقلا عن names the source: the channel that wrote it relays', () => {
  const q = run(
    'وكتبت قناة "الأخبار" على حسابها على تويتر نقلا عن وزارة الدفاع "هجوم على ناقلة نفط".',
  ).quotes;
  assert.equal(q[0]?.attribution.speaker?.surface, 'وزارة الدفاع');
  assert.deepEqual(
    q[0]?.attribution.via.map((v) => v.surface),
    ['قناة "الأخبار"'],
  );
});

test('a television or a magazine with its name heads a body, whose affiliation is no part of its name', () => {
  assert.deepEqual(quoteSpeakers('وذكر تلفزيون "النور" التابع للحزب أن الطريق أغلق.'), ['تلفزيون "النور"']);
});

test("a name's word that begins with the verb's preposition is no opening of what is said", () => {
  // (توعد opens its words with ب: بسحق, not the family name بخاري)
  assert.deepEqual(quoteSpeakers('وتوعد الرئيس النيجيري محمد بخاري، بسحق المتمردين خلال أسابيع.'), [
    'محمد بخاري',
  ]);
  // (nor the word after a role in construct: رئيس بلدية X)
  assert.deepEqual(quoteSpeakers('وندد رئيس بلدية المدينة، جون توري، بالهجوم على المطعم.'), ['جون توري']);
});

test("the speaker's own account relays nothing; a news service named after it does", () => {
  const via = (text: string) =>
    run(text).quotes.map((q) => (q.attribution?.via ?? []).map((v) => v.surface).join('|'));
  assert.deepEqual(via('وكتب الرئيس على حسابه في تويتر أن "الوضع تحت السيطرة".'), ['']);
  assert.deepEqual(via('وقال التنظيم في بيان على خدمتها الإخبارية إن "المهاجم من جنوده".'), [
    'خدمتها الإخبارية',
  ]);
});

test('a clause after a name is about its bearer; a person named by sex alone is the last one who spoke', () => {
  assert.deepEqual(quoteSpeakers('وقال خالد الذي كان في المقهى مع صديقيه "سمعنا طلقتين ولم نعرف ما حدث".'), [
    'خالد',
  ]);
  assert.deepEqual(
    quoteSpeakers(
      'وقالت امرأة تدعى سعاد إن المسلح دخل المتجر. وقالت المرأة لإذاعة محلية "كان الرجل يصرخ ويطلق النار في كل اتجاه".',
    ),
    ['سعاد', 'سعاد'],
  );
  // (a clause that names a body stays: القوة التي يقودها … والمعروفة باسم X)
});

test('a quote with a full stop inside it is one quote of its speaker', () => {
  assert.deepEqual(
    quoteSpeakers(
      'وقال محمد أحمد إن الوضع هادئ. وقال سامي "سمعنا انفجارا كبيرا هز المنطقة. ثم رأينا الدخان".',
    ),
    ['محمد أحمد', 'سامي'],
  );
});

test('whom a source spoke to after بحسب ما أعلن is not part of its name', () => {
  const speakers = run('ووجهت له تهمة القتل، بحسب ما أعلن المدعي العام خالد يوسف للصحافيين.').claims;
  assert.equal(speakers.length, 0);
  assert.deepEqual(
    run('وقتل 5 أشخاص، بحسب ما أعلن المدعي العام خالد يوسف للصحافيين.').claims.map(
      (c) => c.attribution.speaker?.surface,
    ),
    ['خالد يوسف'],
  );
});

test('the news agency a source told, with no ل, is not part of its name (أفاد X فرانس برس أن)', () => {
  assert.deepEqual(quoteSpeakers('وأفاد مصدر أمني وكالة رويترز أن ثلاثة أشخاص قتلوا في الهجوم.'), [
    'مصدر أمني',
  ]);
  // (not the agency that published a statement, بيان نشرته وكالة X)
  assert.deepEqual(quoteSpeakers('وقال بيان نشرته وكالة رويترز إن ثلاثة أشخاص قتلوا في الهجوم.').length, 1);
  // (nor a news item it said it in: سانا في خبر عاجل)
  assert.ok(
    !quoteSpeakers('وقالت وكالة رويترز في خبر عاجل إن ثلاثة أشخاص قتلوا في الهجوم.')[0]?.includes('خبر'),
  );
});

test('launching or carrying out something, after a definite subject, is what was announced (أعلن الجيش شن …)', () => {
  assert.deepEqual(
    quoteSpeakers(
      'وأعلن الجيش شن ضربات جوية على قرية بيتا، على مقربة من الغابة، حيث كان المسلحون يستعدون لهجوم.',
    ),
    ['الجيش'],
  );
});

test('after an unnamed source, the glued preposition still opens what is said (أفادت مصادر بسقوط …)', () => {
  assert.deepEqual(quoteSpeakers('أفادت مصادر بسقوط جرحى في عملية إطلاق نار في المدينة.'), ['مصادر']);
});
