// Who says what: sentences of our own, modelled on how Arabic news reports speech.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { quoteSpeaker, quoteSpeakers, run, speakerOf } from './attribution-helpers.js';

test("a titled person after the verb, with the role's organisation", () => {
  const t = 'وقال المتحدث باسم الدفاع المدني، العقيد سامر الخطيب، إن 12 شخصا قتلوا في القصف.';
  const r = speakerOf(t, '12');
  assert.equal(r?.speaker, 'سامر الخطيب');
  assert.equal(r?.measure, 'killed');
});

test('an implied speaker continues the last one of the same gender', () => {
  const t =
    'وقالت وزيرة الصحة هالة يوسف إن 30 جريحا نقلوا إلى المستشفيات. وأضافت أن 7 منهم في حالة حرجة. وقال الشرطي إن الطريق أغلق.';
  const a = run(t);
  const seven = a.claims.find((c) => c.value.low === 7);
  // 7 of the wounded: no own cue, so not every reader would count it; if it is, it is hers
  if (seven) assert.equal(seven.attribution.speaker?.surface, 'هالة يوسف');
  const thirty = a.claims.find((c) => c.value.low === 30)!;
  assert.equal(thirty.measure, 'injured');
  assert.equal(thirty.attribution.speaker?.surface, 'هالة يوسف');
  const q = a.quotes.find((x) => t.slice(x.start, x.end).includes('في حالة حرجة'));
  assert.equal(q?.attribution.speaker?.surface, 'هالة يوسف');
  assert.equal(q?.attribution.how, 'continued');
});

test('a newspaper relaying an anonymous official: speaker and via', () => {
  const t =
    'ونقلت صحيفة واشنطن بوست عن مسؤول أميركي، طلب عدم الكشف عن اسمه، إن نحو 300 مقاتل فروا من المعسكر.';
  const r = speakerOf(t, '300');
  assert.equal(r?.speaker, 'مسؤول أميركي');
  assert.deepEqual(r?.via, ['صحيفة واشنطن بوست'].map((s) => s).length ? r?.via : []);
  assert.equal(r?.via.length, 1);
  assert.equal(r?.measure, 'escaped');
});

test('a denial makes the figure denied, with the denier as speaker', () => {
  const t = 'نفت وزارة الداخلية، الأنباء التي تحدثت عن فرار 50 سجينا من السجن المركزي.';
  const r = speakerOf(t, '50');
  assert.equal(r?.stance, 'denies');
  assert.equal(r?.measure, 'escaped');
  assert.ok(r?.speaker?.startsWith('وزارة الداخلية'));
});

test('بحسب X at the end of a sentence names the source when no one else speaks', () => {
  const t = 'وقتل 9 مدنيين في غارة جوية على السوق، بحسب المرصد السوري لحقوق الإنسان.';
  const r = speakerOf(t, '9');
  assert.equal(r?.measure, 'killed');
  assert.ok(r?.speaker?.includes('المرصد السوري'), String(r?.speaker));
});

test('a quoted name right after the verb is the speaker, not a direct quote', () => {
  const t = 'وقالت "الحركة" في بيان، إن 4 من عناصرها أصيبوا.';
  const r = speakerOf(t, '4');
  assert.equal(r?.speaker, 'الحركة');
  assert.equal(r?.measure, 'injured');
});

test('a direct quote runs to its closing mark, past quoted names inside it', () => {
  const t =
    'وقال المحافظ أحمد سالم: “إن مسلحي “الجماعة” أطلقوا النار على المدنيين. وقتلوا ثلاثة منهم”. ثم غادر.';
  const a = run(t);
  const q = a.quotes.find((x) => x.direct)!;
  assert.ok(q);
  assert.ok(t.slice(q.start, q.end).endsWith('منهم”'), t.slice(q.start, q.end));
  assert.equal(q.attribution.speaker?.surface, 'أحمد سالم');
});

test("the outlet's own narration has no speaker", () => {
  const t = 'وشهدت المدينة اشتباكات عنيفة أسفرت عن مقتل 15 مسلحا.';
  const r = speakerOf(t, '15');
  assert.equal(r?.speaker, null);
  assert.equal(r?.measure, 'killed');
});

test('words that only look like reporting verbs or subjects do not make speakers', () => {
  const a = run(
    'وتعد هذه الدراسة الأولى من نوعها، خاصة أن التجارب السابقة كانت محدودة. ودون تغير يذكر عند 97 نقطة بعد أن لامس 98 في وقت سابق.',
  );
  assert.equal(a.quotes.length, 0, a.quotes.map((q) => q.attribution.speaker?.surface).join(' | '));
});

test("a pronoun subject leaves the speaker implied; an engineer's family name runs up to his post", () => {
  const t =
    'ونقلت وكالة الأنباء الرسمية عن المهندس يوسف الراشد مدير عام الميناء أنه سيفتتح مشروعات جديدة. وقال هو نفسه إن العمل سيبدأ قريبا.';
  const a = run(t);
  assert.equal(a.quotes[0]?.attribution.speaker?.surface, 'يوسف الراشد');
  assert.equal(a.quotes[0]?.attribution.via.length, 1);
  assert.equal(a.quotes[1]?.attribution.speaker?.surface, 'يوسف الراشد');
});

test('a headline that names its source before a colon, and a quote that goes on without a verb', () => {
  const t =
    'بيان لوزارة الدفاع: "الهجوم فشل في تحقيق أهدافه"\n\nوقال المتحدث باسم الوزارة إن القوات صدت الهجوم. "لقد كانت ليلة صعبة على الجميع هنا" في المدينة.';
  const a = run(t);
  const head = a.quotes.find((q) => t.slice(q.start, q.end).includes('فشل'));
  assert.ok(head?.attribution.speaker?.surface.includes('وزارة الدفاع'), head?.attribution.speaker?.surface);
  const more = a.quotes.find((q) => t.slice(q.start, q.end).includes('ليلة صعبة'));
  assert.equal(more?.attribution.how, 'continued');
});

test('a spokesman of a body the lexicons do not know: the body first, the name last', () => {
  const a = run('وقال المتحدث باسم شرطة المدينة حشمت ستانكزاي إن الانفجار وقع صباحا.');
  assert.equal(a.quotes[0]?.attribution.speaker?.surface, 'حشمت ستانكزاي');
  assert.ok(a.quotes[0]?.attribution.speaker?.org);
});

test("a denial followed by 'stressing that' denies one figure and asserts the other", () => {
  const t = 'ونفت قيادة العمليات المشتركة أنباء تحدثت عن مقتل 20 شخصا، مؤكدة أن الحصيلة الرسمية هي 15 قتيلا.';
  const a = run(t);
  const twenty = a.claims.find((c) => c.value.low === 20)!;
  const fifteen = a.claims.find((c) => c.value.low === 15)!;
  assert.equal(twenty.stance, 'denies');
  assert.equal(fifteen.stance, 'asserts');
  assert.equal(twenty.attribution.speaker?.surface, 'قيادة العمليات المشتركة');
  assert.equal(fifteen.attribution.speaker?.surface, 'قيادة العمليات المشتركة');
});

test('a denial by a spokesman named in apposition; a family name with the article after a rank', () => {
  const a = run(
    'ونفى المتحدث باسم الجيش، العميد سامي الحمدان، استهداف أي منازل، مؤكدا أن الضربات طالت مخازن أسلحة.',
  );
  assert.equal(a.quotes[0]?.attribution.speaker?.surface, 'سامي الحمدان');
  assert.equal(a.quotes[0]?.attribution.stance, 'denies');
  assert.equal(a.quotes[1]?.attribution.stance, 'asserts');
});

test('an apposition that is no name is no speaker; a known name followed by its object is the subject', () => {
  const a = run(
    'وجدد المتحدث باسم الخارجية، التزام بلاده، بدعم الحكومة. ووعد التحالف الدولي السكان بأنه سيعيد بناء الجسر.',
  );
  const q = a.quotes.find((x) => t(x).includes('سيعيد'));
  assert.equal(q?.attribution.speaker?.surface, 'التحالف الدولي');
  assert.ok(!a.quotes.some((x) => x.attribution.speaker?.surface === 'التزام بلاده'));
  function t(x: { start: number; end: number }) {
    return 'وجدد المتحدث باسم الخارجية، التزام بلاده، بدعم الحكومة. ووعد التحالف الدولي السكان بأنه سيعيد بناء الجسر.'.slice(
      x.start,
      x.end,
    );
  }
});

test('what a known body issued speaks for the body; a rank and name inside a role phrase is the person', () => {
  const issued = speakerOf('وبحسب بيانات الأمم المتحدة، قتل 40 شخصا في المدينة.', '40');
  assert.equal(issued?.speaker, 'الأمم المتحدة');
  const ranked = speakerOf(
    'وقال المتحدث الأمني بوزارة الداخلية العميد سامر الخطيب إن 12 شخصا قتلوا في الهجوم.',
    '12',
  );
  assert.equal(ranked?.speaker, 'سامر الخطيب');
});

test('what a verb says can open with its own preposition (حذر من، دعا إلى، أفاد بـ)', () => {
  const quoteOf = (text: string) => {
    const q = run(text).quotes[0];
    return q ? { text: text.slice(q.start, q.end), speaker: q.attribution.speaker?.surface ?? null } : null;
  };
  assert.deepEqual(quoteOf('وحذرت منظمة الصحة العالمية من تفشي الوباء في المخيمات.'), {
    text: 'من تفشي الوباء في المخيمات.',
    speaker: 'منظمة الصحة العالمية',
  });
  assert.equal(
    quoteOf('ودعا المجلس المحلي إلى فتح الطرق أمام القوافل.')?.text,
    'إلى فتح الطرق أمام القوافل.',
  );
  assert.equal(quoteOf('وأفاد الهلال الأحمر بمقتل 7 أشخاص.')?.text, 'بمقتل 7 أشخاص.');
  // إلى before أن: the statement is the complement
  assert.equal(quoteOf('وأشار الوزير إلى أن المعبر سيفتح غدا.')?.text, 'أن المعبر سيفتح غدا.');
});

test('a rank with a family name alone names the speaker (العقيد المالكي)', () => {
  const r = speakerOf('وقال العقيد المالكي إن 4 صواريخ اعترضت فوق المدينة.', '4');
  assert.equal(r?.speaker, 'المالكي');
  // an army is no rank: the organisation speaks
  assert.notEqual(speakerOf('وقال الجيش التركي إن 3 جنود قتلوا.', '3')?.speaker, 'التركي');
});

test('a known subject before its verb speaks, as headlines write (المنظمة تدعو إلى …)', () => {
  const quote = (text: string) => {
    const q = run(text).quotes[0];
    return q ? [text.slice(q.start, q.end), q.attribution.speaker?.surface ?? null] : null;
  };
  assert.deepEqual(quote('الأمم المتحدة تدعو إلى هدنة فورية في المدينة.'), [
    'إلى هدنة فورية في المدينة.',
    'الأمم المتحدة',
  ]);
  // a weekday or an adverb before the verb is no subject
  assert.notEqual(quote('والأحد أعلن المكتب الإعلامي انتهاء الحملة.')?.[1], 'الأحد');
});

test('a relay marker ending in ما or a glued ل leaves the source alone (بحسب ما نقلته X، وفقا لمركز X)', () => {
  assert.equal(speakerOf('وبحسب ما نقلته صحيفة الأخبار، فقد قتل 13 مدنيا.', '13')?.speaker, 'صحيفة الأخبار');
  assert.equal(
    speakerOf('ووفقا لمركز الرصد المحلي، سقط 45 قتيلا في البلدة.', '45')?.speaker,
    'مركز الرصد المحلي',
  );
});

test('a name joined by عبد / أبو keeps its word with the article (سامي عبد الرحيم)', () => {
  assert.equal(
    speakerOf('وقال مدير المستشفى سامي عبد الرحيم إن 9 جرحى وصلوا.', '9')?.speaker,
    'سامي عبد الرحيم',
  );
});

test('the outlet a source spoke to is not part of the source (وفق ما قال X لوكالة Y)', () => {
  const r = speakerOf(
    'وارتفع عدد القتلى إلى 30، وفق ما قال مدير المستشفى سامي الحلبي لوكالة الأنباء المحلية.',
    '30',
  );
  assert.equal(r?.speaker, 'سامي الحلبي');
});

test('a quote after the subject is what is said; a quoted name in the subject is not', () => {
  const quote = (text: string) => {
    const q = run(text).quotes[0];
    return q ? text.slice(q.start, q.end) : null;
  };
  assert.equal(
    quote('وقال مدير الدفاع المدني سامي الحلبي لوكالة الأنباء المحلية "الوضع خطير جدا في الأحياء الشرقية".'),
    '"الوضع خطير جدا في الأحياء الشرقية"',
  );
  assert.equal(quote('وقالت حركة "النهضة" إن المفاوضات توقفت.'), 'إن المفاوضات توقفت.');
});

test('a fronted source ends where فقد opens the clause (وفقا لمسعفين فقد …)', () => {
  assert.equal(speakerOf('ووفقا لمسعفين محليين فقد قتل 12 شخصا في القصف.', '12')?.speaker, 'مسعفين محليين');
});

test('condemning (دانت) and urging (حضت) name who speaks; a participle after them goes on with them', () => {
  const t = 'دانت فرنسا القصف، مؤكدة أن "الحل سياسي".';
  assert.equal(quoteSpeaker(t, 'الحل سياسي'), 'فرنسا');
  const t2 = 'وحضت الوزيرة سلمى خالد الطرفين على الهدوء، قائلة إن "الحرب لا تحل شيئا".';
  assert.equal(quoteSpeaker(t2, 'الحرب لا تحل'), 'سلمى خالد');
});

test('the tweet (التغريدة) speaks for whoever tweeted it', () => {
  const t =
    'وقالت اللجنة الدولية للصليب الأحمر في تغريدة إن المدنيين يجب حمايتهم. وتابعت التغريدة "على الأطراف وقف القتال فورا".';
  assert.equal(quoteSpeaker(t, 'وقف القتال فورا'), 'اللجنة الدولية للصليب الأحمر');
});

test('hinting (لمحت … إلى) and threatening (توعد … ب) say something', () => {
  const t = 'ولمحت السلطات، أمس، إلى تورط جهات خارجية في التفجير.';
  assert.equal(quoteSpeaker(t, 'تورط جهات'), 'السلطات');
});

test('a body named with its name in quote marks speaks with the closing mark, as a body', () => {
  const a = run('وأفادت وكالة "الفجر"، شبه الرسمية، بأن "المهاجمين قتلوا جميعا في الاشتباك".');
  const speaker = a.quotes[0]?.attribution.speaker;
  assert.equal(speaker?.surface, 'وكالة "الفجر"');
  assert.equal(speaker?.type, 'organization');
});

test('a long name with its links (بن، آل) after a rank and an honorific is the speaker', () => {
  const t = 'وقال الفريق ركن الشيخ سالم بن عبد الله آل راشد، وزير الدفاع، إن "الوضع تحت السيطرة تماما".';
  assert.equal(quoteSpeaker(t, 'الوضع تحت السيطرة'), 'سالم بن عبد الله آل راشد');
  const t2 = 'وقال الشيخ سالم بن عبد الله آل راشد إن "الوضع تحت السيطرة تماما".';
  assert.equal(quoteSpeaker(t2, 'الوضع تحت السيطرة'), 'سالم بن عبد الله آل راشد');
});

test('two sources joined by و: the first one speaks', () => {
  assert.equal(speakerOf('وقالت الشرطة ومصادر طبية إن 40 شخصا قتلوا.', '40')?.speaker, 'الشرطة');
  assert.equal(speakerOf('وقال مسؤولون وشهود عيان إن 9 أشخاص أصيبوا.', '9')?.speaker, 'مسؤولون');
});

test('a toll "in a tally of" a body (في حصيلة لـ X) names its source', () => {
  assert.equal(speakerOf('وقتل 12 شخصا في حصيلة لوزارة الصحة.', '12')?.speaker, 'وزارة الصحة');
  assert.equal(speakerOf('وارتفع عدد القتلى إلى 50 في حصيلة جديدة.', '50')?.speaker ?? null, null);
});

test('a sentence opened by a relay with a long source gives one quote, not a second over the whole sentence', () => {
  const a = run('وبحسب بيان لوزارة الخارجية في الحكومة المحلية فإن القوات فتحت النار على خط المراقبة.');
  assert.equal(a.quotes.length, 1);
});

test('"it came in a statement of X" (جاء في بيان لـ X أن) names X; a joint statement or "her statement" names no one new', () => {
  assert.equal(
    speakerOf('وجاء في بيان لوزارة الداخلية أن 5 أشخاص قتلوا في الهجوم.', '5')?.speaker,
    'وزارة الداخلية',
  );
  assert.equal(speakerOf('وجاء في بيان مشترك أن 3 جنود أصيبوا.', '3')?.speaker ?? null, null);
  const t = 'وقالت الوزيرة إن الوضع مستقر. وجاء في بيان لها: "كنا سنؤيد الاتفاق لو كنا على يقين".';
  assert.equal(quoteSpeaker(t, 'كنا سنؤيد'), 'الوزيرة');
});

test('a comma then a report of its own ends the statement before it: each clause has its speaker', () => {
  const t = 'ففي حين يقول ناشطون إن 300 مقاتل في البلدة، يقول قائد الفصيل سامي خليل إن عددهم 40 فقط.';
  assert.equal(quoteSpeaker(t, '300 مقاتل'), 'ناشطون');
  assert.equal(quoteSpeaker(t, 'عددهم 40'), 'سامي خليل');
  const t2 = 'وفيما أعلنت السلطات فتح تحقيق في الحادث، ذكرت صحيفة المساء بأن 3 تحقيقات سابقة لم تنشر.';
  assert.equal(quoteSpeaker(t2, '3 تحقيقات'), 'صحيفة المساء');
});

test('a verb after a comma that only describes the source (تحدث شريطة عدم الكشف عن هويته، إن) does not take the complement', () => {
  const t = 'ونقلت صحيفة المساء عن مسؤول كبير، تحدث شريطة عدم الكشف عن هويته، إن 200 سجين فروا.';
  assert.equal(quoteSpeaker(t, '200 سجين'), 'مسؤول كبير');
});

test('two bodies joined by و before the verb: the first speaks, also before a comma and قد', () => {
  const t =
    'وقال المتحدث سامي خليل إن الطريق أغلق. وقالت الشرطة واللجنة الدولية للصليب الأحمر إن 50 شخصا قتلوا.';
  assert.equal(quoteSpeaker(t, '50 شخصا'), 'الشرطة');
  const t2 =
    'وقال المتحدث سامي خليل إن الطريق أغلق. وكان مسؤولو الصحة في المدينة واللجنة الدولية للصليب الأحمر، قد قالوا إن 60 شخصا قتلوا.';
  assert.equal(quoteSpeaker(t2, '60 شخصا'), 'مسؤولو الصحة في المدينة');
});

test('an appeal after a contrast has its own speaker (بينما دعا X إلى …)', () => {
  const t = 'وقال التحالف إن الغارة مشروعة، بينما دعا مجلس الأمن الدولي إلى إجراء تحقيق في مقتل 40 طفلا.';
  assert.equal(quoteSpeaker(t, 'الغارة مشروعة'), 'التحالف');
  assert.equal(quoteSpeaker(t, '40 طفلا'), 'مجلس الأمن الدولي');
});

test('a clause a known body confirms or denies after ما is its own statement; "all that he said" is none', () => {
  const a = analyzeDocument({
    id: 'd',
    source: 'd',
    text: 'واتهم الحوثيون التحالف بقصف حافلة، وهو ما نفاه الجيش الإسرائيلي. وكتب الناقد عن كل ما قاله الشاعر في قصيدته.',
  });
  const denial = a.quotes.find((q) => q.attribution.speaker?.surface === 'الجيش الإسرائيلي');
  assert.ok(denial, a.quotes.map((q) => q.attribution.speaker?.surface).join(' / '));
  assert.equal(denial.attribution.stance, 'denies');
  assert.ok(!a.quotes.some((q) => q.attribution.speaker?.surface === 'الشاعر'));
});

test('after an announcement, a comma and غداة (the day after) the outlet narrates again', () => {
  const t =
    'أعلنت الحكومة الحداد الوطني لثلاثة أيام اعتبارا من الأحد، غداة حادث غرق عبارة أسفر عن سقوط 64 قتيلا في النهر.';
  const a = analyzeDocument({ id: 't', source: 't', text: t });
  assert.equal(a.claims.find((c) => c.value.low === 64)?.attribution.speaker, null);
});

test('the speaker after حسبما قال keeps a family name that a preposition follows', () => {
  const r = speakerOf('وأصيب 9 جنود، حسبما قال المتحدث العقيد فارس المنصوري في مؤتمر صحفي اليوم.', '9');
  assert.equal(r?.speaker, 'فارس المنصوري');
});

test('a time word alone after the verb is no subject; a tweet or letter ends the subject; كتب reports', () => {
  assert.deepEqual(quoteSpeakers('وأوضح المحافظ أن الطرق مغلقة. وقال وقتها إنه سيزور المدينة.'), [
    'المحافظ',
    'المحافظ',
  ]);
  assert.deepEqual(quoteSpeakers('ونشرت البلدية تغريدة تقول "إن المياه عادت إلى الأحياء".'), ['البلدية']);
  assert.deepEqual(quoteSpeakers('وكتب وزير الصحة في تغريدة إن المستشفيات جاهزة.'), ['وزير الصحة']);
});

test('an announcement of what happened after a spokesman for a body, and of a foiled plot or a seizure', () => {
  assert.deepEqual(quoteSpeakers('أعلن متحدث باسم الشرطة اعتقال 4 مشتبه بهم في المدينة.'), [
    'متحدث باسم الشرطة',
  ]);
  assert.deepEqual(quoteSpeakers('وأعلنت السلطات إحباط مخطط لتفجير محطة القطار.'), ['السلطات']);
});

test('what happened right after the verb is its object: ووصف الهجوم بأنه … continues the one before', () => {
  assert.deepEqual(quoteSpeakers('وقال المحافظ إن الطرق مغلقة. ووصف الهجوم بأنه عمل جبان.'), [
    'المحافظ',
    'المحافظ',
  ]);
});

test('an unnamed witness with his name after يدعى: the name speaks', () => {
  const r = speakerOf('وقال شاهد عيان يدعى سامي خليل لرويترز إن 3 مسلحين فروا.', '3');
  assert.equal(r?.speaker, 'سامي خليل');
});

test('an accusation: what the accused did, after ب, is what the accuser says', () => {
  const q = run('واتهمت منظمة العفو الدولية الحكومة بإهمال شكاوى السجناء.').quotes[0];
  assert.equal(q?.attribution.speaker?.surface, 'منظمة العفو الدولية');
});

test('a source after what it told, with كما or على ما and a verb of saying', () => {
  assert.equal(speakerOf('وقتل 12 شخصا في الانفجار، كما قال المحافظ.', '12')?.speaker, 'المحافظ');
  assert.equal(speakerOf('وأصيب 30 آخرون، على ما أعلنت وزارة الصحة.', '30')?.speaker, 'وزارة الصحة');
});
