// Every string of the report's interface, in English and Arabic: one table (data, not literals spread over
// the sections). A plain entry is [English, Arabic]; an entry with a count has its plural forms (English
// one / other; Arabic the categories of Intl.PluralRules('ar'): zero, one, two, few, many, other). "{n}" and
// other {names} are filled in by the caller (ui.ts) with HTML it has already escaped.
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Entry = readonly [string, string] | { readonly en: Forms; readonly ar: Forms };

export const INTERFACE_STRINGS = {
  // page and navigation
  title: ['isnad dossier', 'ملف الإسناد'],
  switchTo: ['العربية', 'English'],
  switchLabel: ['Show the interface in Arabic', 'اعرض الواجهة بالإنجليزية'],
  sectionsLabel: ['Sections', 'الأقسام'],
  glance: ['At a glance', 'باختصار'],
  figures: ['Figures', 'الأرقام'],
  timeline: ['Timeline', 'التسلسل الزمني'],
  map: ['Map', 'الخريطة'],
  quotes: ['Who said what', 'من قال ماذا'],
  sources: ['Sources', 'المصادر'],
  entities: ['Entities', 'الأسماء'],
  problems: ['Input problems', 'مشكلات المدخلات'],
  noscript: [
    'Scripts are off: links lead to the article’s card in Sources (open “Full text”), without the passage highlighted.',
    'النصوص البرمجية معطلة: تقود الروابط إلى بطاقة المقال في المصادر (افتح «النص الكامل») دون تظليل المقطع.',
  ],
  footer: [
    'Made by {by} (format {format}). This file is self-contained: it makes no network requests. Offsets are UTF-16 code units into each article’s text as read.',
    'أعدّه {by} (الصيغة {format}). هذا الملف مكتفٍ بذاته: لا يطلب شيئًا من الشبكة. المواضع وحدات UTF-16 في نص كل مقال كما قُرئ.',
  ],
  closeArticle: ['Close the article', 'أغلق المقال'],
  // counts
  articles: {
    en: { one: '{n} article', other: '{n} articles' },
    ar: { one: 'مقال واحد', two: 'مقالان', few: '{n} مقالات', other: '{n} مقالًا' },
  },
  fromOutlets: {
    en: { one: 'from {n} outlet', other: 'from {n} outlets' },
    ar: {
      one: 'من وسيلة إعلام واحدة',
      two: 'من وسيلتي إعلام',
      few: 'من {n} وسائل إعلام',
      other: 'من {n} وسيلة إعلام',
    },
  },
  figuresCount: {
    en: { one: '{n} figure', other: '{n} figures' },
    ar: { one: 'رقم واحد', two: 'رقمان', few: '{n} أرقام', other: '{n} رقمًا' },
  },
  statementsCount: {
    en: { one: '{n} statement', other: '{n} statements' },
    ar: { one: 'تصريح واحد', two: 'تصريحان', few: '{n} تصريحات', other: '{n} تصريحًا' },
  },
  entitiesCount: {
    en: { one: '{n} entity', other: '{n} entities' },
    ar: { one: 'اسم واحد', two: 'اسمان', few: '{n} أسماء', other: '{n} اسمًا' },
  },
  eventsCount: {
    en: { one: '{n} dated event', other: '{n} dated events' },
    ar: { one: 'حدث مؤرخ واحد', two: 'حدثان مؤرخان', few: '{n} أحداث مؤرخة', other: '{n} حدثًا مؤرخًا' },
  },
  origins: {
    en: { one: 'origin', other: 'origins' },
    ar: { other: 'مصدر مستقل' },
  },
  morePassages: {
    en: { one: '{n} more passage', other: '{n} more passages' },
    ar: { other: 'مقاطع أخرى: {n}' },
  },
  moreFromSpeaker: {
    en: { other: '{n} more from this speaker' },
    ar: { other: 'المزيد من هذا المتحدث: {n}' },
  },
  notComparedCount: {
    en: {
      one: '{n} figure, not compared by the analysis',
      other: '{n} figures, not compared by the analysis',
    },
    ar: { other: 'أرقام لم يقارنها التحليل: {n}' },
  },
  moreLater: {
    en: {
      one: 'and {k} more on {n} later date in the {timeline} (small numbers: articles reporting it)',
      other: 'and {k} more on {n} later dates in the {timeline} (small numbers: articles reporting it)',
    },
    ar: {
      other:
        'و{k} غيرها في {n} من التواريخ اللاحقة في {timeline} (الأرقام الصغيرة: عدد المقالات التي ذكرتها)',
    },
  },
  // at a glance
  what: ['What', 'ماذا'],
  where: ['Where', 'أين'],
  when: ['When', 'متى'],
  reported: ['Reported', 'التغطية'],
  at: ['at', 'في'],
  noHappenings: ['No dated happenings were found.', 'لم يُعثر على أحداث مؤرخة.'],
  noPlaces: ['No places were found.', 'لم يُعثر على أماكن.'],
  noDates: ['No dates were found in the timeline.', 'لا تواريخ في التسلسل الزمني.'],
  datesUnknown: ['publication dates unknown', 'تواريخ النشر غير معروفة'],
  outletsNotGiven: ['(outlets not given)', '(وسائل الإعلام غير مذكورة)'],
  published: ['published {date}', 'نُشرت {date}'],
  keyFigures: ['Key figures', 'الأرقام الرئيسية'],
  keyFiguresNote: [
    'best estimate, with the range the sources give',
    'أفضل تقدير، مع المدى الذي تعطيه المصادر',
  ],
  noKeyFigures: [
    'No key figures: no estimate could be made from the claims found.',
    'لا أرقام رئيسية: تعذّر التقدير من الأرقام الواردة.',
  ],
  rangeEqual: ['low = high = {lo}', 'الأدنى = الأعلى = {lo}'],
  range: ['range {lo} – {hi}', 'المدى {lo} – {hi}'],
  open: ['open', 'مفتوح'],
  howToRead: ['How to read this report', 'كيف تقرأ هذا التقرير'],
  howToReadText: [
    'Every figure, quote, event and name is a link to the words it came from: click it and the article opens at that passage, highlighted. “Origins” counts independent chains of reporting (speakers), not articles. The colour of a figure says how its sources differ (see {figures}).',
    'كل رقم واقتباس وحدث واسم رابطٌ إلى الكلمات التي أُخذ منها: انقر عليه فيُفتح المقال عند ذلك المقطع مظلَّلًا. «المصادر المستقلة» تعدّ سلاسل الإسناد المستقلة (المتحدثين) لا المقالات. ويدل لون الرقم على نوع الاختلاف بين مصادره (انظر {figures}).',
  ],
  languageNote: [
    'Arabic text is shown exactly as published; names are shown in English (a transliteration where marked), and the analysis’ explanations are in English.',
    'النص العربي معروض كما نُشر تمامًا؛ شروح التحليل بالإنجليزية.',
  ],
  // figures
  figuresLead: [
    'Each row is one quantity, with every figure the articles give for it: who gives it, in which article, as of when. Rows where the sources differ come first, coloured by the kind of difference and explained in words.',
    'كل صف كمية واحدة مع كل رقم تعطيه المقالات لها: من يعطيه، وفي أي مقال، وحتى متى. تأتي أولًا الصفوف التي تختلف فيها المصادر، ملونةً بنوع الاختلاف ومشروحة.',
  ],
  noFigures: ['No figures were found in these articles.', 'لم يُعثر على أرقام في هذه المقالات.'],
  ownReporting: ['own reporting', 'رواية الوسيلة نفسها'],
  via: ['via', 'عبر'],
  publishedMark: ['(published)', '(تاريخ النشر)'],
  counting: ['counting', 'يعدّ'],
  noEstimate: ['no estimate', 'لا تقدير'],
  best: ['best', 'الأرجح'],
  fullExplanation: ['full explanation', 'الشرح كاملًا'],
  colQuantity: ['Quantity and how the sources differ', 'الكمية وكيف تختلف المصادر'],
  colEstimate: ['Estimate', 'التقدير'],
  colSays: ['What each source says', 'ما يقوله كل مصدر'],
  noGroups: [
    'The analysis compared no figures across sources, so no disagreements can be shown.',
    'لم يقارن التحليل أي أرقام بين المصادر، فلا اختلافات تُعرض.',
  ],
  noDisagreements: ['No disagreements between sources were found.', 'لم يُعثر على اختلافات بين المصادر.'],
  denies: ['denies', 'ينفي'],
  // timeline
  timelineLead: [
    'Dated happenings in order, grouped by day, with the articles that report each and the words they were read from.',
    'الأحداث المؤرخة بالترتيب، مجمّعة حسب اليوم، مع المقالات التي تذكر كلًا منها والكلمات التي قُرئت منها.',
  ],
  until: ['{prec} until {date}', '{prec} حتى {date}'],
  days: ['days', 'أيام'],
  week: ['week', 'أسبوع'],
  wholeMonth: ['whole month', 'الشهر كله'],
  wholeYear: ['whole year', 'السنة كلها'],
  // quotes
  quotesLead: [
    'Statements grouped by who made them; under each, its isnad: who said it, who relayed it, and the outlet that published it.',
    'التصريحات مجمّعة حسب قائلها؛ وتحت كلٍّ إسناده: من قاله، ومن نقله، والوسيلة التي نشرته.',
  ],
  noQuotes: ['No quotes or reported statements were found.', 'لم يُعثر على اقتباسات أو تصريحات منقولة.'],
  theOutletItself: ['the outlet itself', 'الوسيلة نفسها'],
  isnad: ['Isnad:', 'الإسناد:'],
  directQuote: ['Direct quote', 'اقتباس مباشر'],
  reportedSpeech: ['Reported speech', 'كلام منقول'],
  denial: ['denial', 'نفي'],
  unattributed: ['Unattributed: the outlets’ own narration', 'غير منسوب: رواية الوسائل نفسها'],
  // sources
  sourcesLead: [
    'Every article read, with what only it reports. Click its title (or, when it has none, its first line) to read the article.',
    'كل مقال قُرئ، مع ما ينفرد به. انقر على عنوانه (أو على سطره الأول إن لم يكن له عنوان) لقراءته.',
  ],
  noArticles: ['No articles were read.', 'لم تُقرأ أي مقالات.'],
  onlyHere: ['Only here:', 'ينفرد به:'],
  figuresColon: ['Figures:', 'أرقام:'],
  eventsColon: ['Events:', 'أحداث:'],
  speakersColon: ['Speakers:', 'متحدثون:'],
  figuresNotCompared: [
    'Figures: not compared across articles by the analysis.',
    'أرقام: لم يقارنها التحليل بين المقالات.',
  ],
  nothingOnly: ['nothing that other articles do not also report.', 'لا شيء لا تذكره المقالات الأخرى أيضًا.'],
  untitled: ['Untitled: read the article', 'بلا عنوان: اقرأ المقال'],
  about: ['about', 'نحو'],
  publicationUnknown: ['publication date unknown', 'تاريخ النشر غير معروف'],
  dateline: ['dateline', 'مكان الإرسال'],
  article: ['Article {id}', 'المقال {id}'],
  outletNotGiven: ['outlet not given', 'الوسيلة غير مذكورة'],
  readArticle: ['Read the article ({n} characters)', 'اقرأ المقال ({n} حرفًا)'],
  fullText: ['Full text ({n} characters)', 'النص الكامل ({n} حرفًا)'],
  // entities
  entitiesLead: [
    'Each person, organisation, place and facility once, with the spellings the articles use. Click a name to see its first mention.',
    'كل شخص ومنظمة ومكان ومنشأة مرة واحدة، مع الصيغ التي تكتبه بها المقالات. انقر على اسم لترى أول ذكر له.',
  ],
  noEntities: [
    'No people, organisations, places or facilities were found.',
    'لم يُعثر على أشخاص أو منظمات أو أماكن أو منشآت.',
  ],
  whyMerged: ['why merged', 'سبب الدمج'],
  none: ['none', 'لا شيء'],
  colType: ['Type', 'النوع'],
  colName: ['Name', 'الاسم'],
  colVariants: ['Variants', 'الصيغ'],
  colMentions: ['Mentions', 'مرات الذكر'],
  colArticles: ['Articles', 'المقالات'],
  transliterated: ['transliterated from the Arabic', 'نقل حرفي من العربية'],
  // entity types
  person: ['person', 'شخص'],
  organization: ['organization', 'منظمة'],
  location: ['place', 'مكان'],
  facility: ['facility', 'منشأة'],
  other: ['other', 'أخرى'],
  // kinds of difference: the badge, and what it means
  agreement: ['agreement', 'اتفاق'],
  rounding: ['rounding', 'تقريب'],
  update: ['update', 'تحديث'],
  scope: ['scope', 'نطاق'],
  contradiction: ['contradiction', 'تناقض'],
  kindAgreement: ['sources agree', 'المصادر متفقة'],
  kindRounding: ['the same figure, rounded differently', 'الرقم نفسه مقرّبًا بطرق مختلفة'],
  kindUpdate: ['a later figure updates an earlier one', 'رقم لاحق يحدّث رقمًا سابقًا'],
  kindScope: ['the figures count different things', 'الأرقام تعدّ أشياء مختلفة'],
  kindContradiction: ['the sources contradict each other', 'المصادر تتناقض'],
  kindDenial: ['a party denies the figure', 'طرف ينفي الرقم'],
  // gradings
  party: ['from a party to the events', 'من طرف في الأحداث'],
  independent: ['independent sources', 'مصادر مستقلة'],
  anonymous: ['anonymous sources', 'مصادر مجهولة'],
  single_source: ['single source', 'مصدر واحد'],
  contested: ['contested', 'موضع خلاف'],
  // how a publication date was found
  how_input: ['given with the input', 'مرفق بالمدخلات'],
  how_dateline: ['read from the dateline', 'من سطر الإرسال'],
  how_stated: ['stated in the text', 'مذكور في النص'],
  'how_yesterday-anchor': ['inferred from “yesterday”', 'مستنتج من «أمس»'],
  'how_latest-mention': ['inferred from the latest date mentioned', 'مستنتج من آخر تاريخ مذكور'],
  'how_weekday-after-anchor': [
    'inferred from a weekday after the dates mentioned',
    'مستنتج من يوم أسبوع بعد التواريخ المذكورة',
  ],
  'how_past-bound': ['inferred from dates the text calls past', 'مستنتج من تواريخ يصفها النص بالماضية'],
  'how_lede-weekday': [
    'inferred from the weekday in the first paragraph',
    'مستنتج من يوم الأسبوع في الفقرة الأولى',
  ],
  'how_today-weekday': ['inferred from “today” and its weekday', 'مستنتج من «اليوم» ويوم الأسبوع'],
  how_unbounded: ['not bounded by the text', 'غير محدد في النص'],
  how_url: ['read from the article’s address', 'من عنوان المقال'],
  'how_weekday-anchor': [
    'inferred from the weekday the text calls today or yesterday',
    'مستنتج من يوم الأسبوع الذي يسميه النص اليوم أو أمس',
  ],
  'how_crawl-anchor': [
    'inferred from the crawl time and the days the text counts back (أمس)',
    'مستنتج من وقت الجمع ومن الأيام التي يعدها النص إلى الوراء (أمس)',
  ],
  // the viewer (viewer.ts reads these from the data block)
  viewerHighlighted: [
    'Highlighted: characters {start}–{end} of {len}.',
    'المظلَّل: الأحرف {start}–{end} من {len}.',
  ],
  viewerWhole: ['Whole article ({len} characters).', 'المقال كاملًا ({len} حرفًا).'],
  viewerOutside: [
    'The passage {start}–{end} lies outside this article ({len} characters); showing it whole.',
    'المقطع {start}–{end} خارج هذا المقال ({len} حرفًا)؛ يُعرض كاملًا.',
  ],
  viewerNoOutlet: ['Article {id} (outlet not given)', 'المقال {id} (الوسيلة غير مذكورة)'],
  viewerNoDate: ['date unknown', 'التاريخ غير معروف'],
  viewerFurniture: [
    'Page furniture ({kind}): kept out of the analysis',
    'من هيكل الصفحة ({kind}): خارج التحليل',
  ],
  showMore: ['Show {n} more ({left} not shown yet)', 'اعرض {n} أخرى ({left} لم تُعرض بعد)'],
  moreButton: ['Show {n} more {what} ({left} not shown yet)', 'اعرض {n} أخرى ({left} لم تُعرض بعد)'],
  moreNoscript: [
    '{left} more {what} are shown only with scripts on.',
    '{left} أخرى تُعرض فقط حين تعمل النصوص البرمجية.',
  ],
  // tooltips (title attributes: the switch swaps them, viewer.ts)
  tipBest: ['Best estimate {best}: see the passage', 'أفضل تقدير {best}: انظر المقطع'],
  tipLongPassage: ['A long passage: click to read it whole', 'مقطع طويل: انقر لقراءته كاملًا'],
  tipFirstLine: [
    'The article’s first line: click to read the article',
    'السطر الأول من المقال: انقر لقراءة المقال',
  ],
  tipChip: [
    '{deny}{value} {measure}{group} — {who}{outlet}. Click to see the passage.',
    '{deny}{value} {measure}{group} — {who}{outlet}. انقر لرؤية المقطع.',
  ],
  tipDenies: ['Denies: ', 'ينفي: '],
  tipWhoIn: ['{speaker}, in ', '{speaker}، في '],
  // map
  mapLabel: ['Map of the story’s places and events', 'خريطة أماكن القصة وأحداثها'],
  mapCredit: [
    'Shapes: Natural Earth via world-atlas · places: GeoNames',
    'الحدود: Natural Earth عبر world-atlas · الأماكن: GeoNames',
  ],
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof INTERFACE_STRINGS;
