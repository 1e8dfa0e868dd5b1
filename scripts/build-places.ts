// Builds lexicons/places.tsv: countries (Arabic and English names generated from ICU via Intl.DisplayNames),
// a short hand-kept list of regions, governorates and towns frequent in the news, and the GeoNames towns of
// the Arab countries (shared/data/geonames-cities15000/arabic_places_mena.tsv, CC BY geonames.org).
//
//   npx tsc -p tsconfig.json && node dist/scripts/build-places.js [path/to/arabic_places_mena.tsv]
//
// The GeoNames Arabic names are noisy (diacritics, Kurdish/Uyghur spellings, administrative prefixes such as
// ولاية/قضاء/ناحية, a few wrong names); they are cleaned here. Names that are ordinary Arabic words and would
// fire everywhere (a town called الحرية or السلام, بيان "statement", الباب "the door") are in STOP, chosen by
// looking at their frequency as a bare word in the 2015/2018 news corpora in shared/data.
// When two places claim one name, the earlier wins: countries, then the hand list, then towns by population.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { looseKey } from '../src/text/normalize.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(root, 'lexicons', 'places.tsv');
const SRC =
  process.argv[2] ?? join(root, '..', 'shared', 'data', 'geonames-cities15000', 'arabic_places_mena.tsv');

interface Place {
  id: string;
  name: string;
  english: string;
  aliases: string[];
  country: string;
}

// ---------------------------------------------------------------------------------------------
// Countries. ISO codes that are deprecated, duplicates or not countries are skipped.
const SKIP_REGIONS = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);
/** Display name fixes and extra Arabic names of countries (general knowledge). */
const COUNTRY_EXTRA: Record<string, { name?: string; aliases: string[] }> = {
  US: { aliases: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'] },
  GB: { aliases: ['بريطانيا', 'المملكة المتحدة', 'بريطانيا العظمى'] },
  SA: { name: 'السعودية', aliases: ['المملكة العربية السعودية', 'المملكة السعودية'] },
  AE: {
    name: 'الإمارات',
    aliases: ['الإمارات العربية المتحدة', 'دولة الإمارات', 'دولة الإمارات العربية المتحدة'],
  },
  SY: { aliases: ['سورية', 'الجمهورية العربية السورية'] },
  EG: { aliases: ['جمهورية مصر العربية'] },
  IR: { aliases: ['الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية'] },
  JO: { aliases: ['المملكة الأردنية الهاشمية', 'المملكة الأردنية'] },
  PS: { name: 'فلسطين', aliases: ['الأراضي الفلسطينية', 'دولة فلسطين', 'الأراضي الفلسطينية المحتلة'] },
  RU: { aliases: ['روسيا الاتحادية', 'الاتحاد الروسي'] },
  TR: { aliases: ['تركيه'] },
  OM: { aliases: ['سلطنة عمان'] },
  BH: { aliases: ['مملكة البحرين'] },
  QA: { aliases: ['دولة قطر'] },
  KW: { aliases: ['دولة الكويت'] },
  MA: { aliases: ['المملكة المغربية'] },
  DK: { aliases: ['الدنمارك', 'الدنمرك'] },
  HU: { aliases: ['المجر'] },
  CZ: { aliases: ['جمهورية التشيك', 'تشيكيا'] },
  NL: { aliases: ['هولندا'] },
  CD: { name: 'الكونغو الديمقراطية', aliases: ['جمهورية الكونغو الديمقراطية'] },
  CG: { name: 'الكونغو', aliases: ['جمهورية الكونغو', 'الكونغو برازافيل'] },
  CI: { aliases: ['كوت ديفوار'] },
  MM: { name: 'ميانمار', aliases: ['بورما'] },
  HK: { name: 'هونغ كونغ', aliases: ['هونج كونج'] },
  MO: { name: 'ماكاو', aliases: [] },
  TL: { name: 'تيمور الشرقية', aliases: [] },
  ML: { name: 'جمهورية مالي', aliases: ['دولة مالي'] },
  BJ: { name: 'جمهورية بنين', aliases: [] },
  GR: { aliases: ['اليونان'] },
  AF: { aliases: ['افغانستان'] },
  KP: { aliases: ['كوريا الديمقراطية'] },
  DE: { aliases: ['المانيا'] },
  CN: { aliases: ['جمهورية الصين الشعبية'] },
};

// ---------------------------------------------------------------------------------------------
// Hand-kept regions, governorates and towns frequent in the news (general knowledge).
// [id slug, Arabic name, English, aliases, country]
const HAND: [string, string, string, string[], string][] = [
  ['region:middle-east', 'الشرق الأوسط', 'Middle East', ['منطقة الشرق الأوسط'], ''],
  ['region:gulf', 'الخليج العربي', 'Persian Gulf', ['الخليج الفارسي', 'منطقة الخليج'], ''],
  ['region:north-africa', 'شمال أفريقيا', 'North Africa', ['شمال إفريقيا', 'شمالي أفريقيا'], ''],
  [
    'region:sahel',
    'منطقة الساحل',
    'Sahel',
    ['الساحل الأفريقي', 'منطقة الساحل والصحراء', 'الساحل الإفريقي'],
    '',
  ],
  ['region:levant', 'بلاد الشام', 'Levant', [], ''],
  ['region:europe', 'أوروبا', 'Europe', ['اوروبا', 'القارة الأوروبية'], ''],
  ['region:africa', 'أفريقيا', 'Africa', ['إفريقيا', 'القارة الأفريقية', 'القارة السمراء'], ''],
  ['region:asia', 'آسيا', 'Asia', [], ''],
  ['region:red-sea', 'البحر الأحمر', 'Red Sea', [], ''],
  ['region:mediterranean', 'البحر المتوسط', 'Mediterranean Sea', ['البحر الأبيض المتوسط', 'المتوسط'], ''],
  ['region:bab-el-mandeb', 'باب المندب', 'Bab el-Mandeb', ['مضيق باب المندب'], ''],
  ['region:hormuz', 'مضيق هرمز', 'Strait of Hormuz', [], ''],
  // Syria
  [
    'region:ne-syria',
    'شمال شرقي سوريا',
    'Northeast Syria',
    [
      'شمال شرق سوريا',
      'شمال وشرق سوريا',
      'شمال شرقي سورية',
      'شمال شرق سورية',
      'شمال وشرق سورية',
      'شمالي شرقي سوريا',
    ],
    'SY',
  ],
  [
    'region:nw-syria',
    'شمال غربي سوريا',
    'Northwest Syria',
    ['شمال غرب سوريا', 'شمال غربي سورية', 'شمال غرب سورية', 'شمالي غربي سوريا'],
    'SY',
  ],
  [
    'region:north-syria',
    'شمال سوريا',
    'Northern Syria',
    ['شمالي سوريا', 'شمال سورية', 'الشمال السوري'],
    'SY',
  ],
  ['region:east-syria', 'شرق سوريا', 'Eastern Syria', ['شرقي سوريا', 'شرق سورية', 'الشرق السوري'], 'SY'],
  [
    'region:south-syria',
    'جنوب سوريا',
    'Southern Syria',
    ['جنوبي سوريا', 'جنوب سورية', 'الجنوب السوري'],
    'SY',
  ],
  ['region:rif-dimashq', 'ريف دمشق', 'Rif Dimashq', ['محافظة ريف دمشق'], 'SY'],
  ['region:eastern-ghouta', 'الغوطة الشرقية', 'Eastern Ghouta', [], 'SY'],
  ['region:western-ghouta', 'الغوطة الغربية', 'Western Ghouta', [], 'SY'],
  ['region:idlib-gov', 'محافظة إدلب', 'Idlib Governorate', ['ريف إدلب'], 'SY'],
  ['region:aleppo-gov', 'محافظة حلب', 'Aleppo Governorate', ['ريف حلب'], 'SY'],
  ['region:hasakah-gov', 'محافظة الحسكة', 'Al-Hasakah Governorate', ['ريف الحسكة'], 'SY'],
  ['region:raqqa-gov', 'محافظة الرقة', 'Raqqa Governorate', ['ريف الرقة'], 'SY'],
  ['region:deir-ezzor-gov', 'محافظة دير الزور', 'Deir ez-Zor Governorate', ['ريف دير الزور'], 'SY'],
  ['region:daraa-gov', 'محافظة درعا', 'Daraa Governorate', ['ريف درعا'], 'SY'],
  ['region:homs-gov', 'محافظة حمص', 'Homs Governorate', ['ريف حمص', 'بادية حمص'], 'SY'],
  ['region:hama-gov', 'محافظة حماة', 'Hama Governorate', ['ريف حماة'], 'SY'],
  ['region:latakia-gov', 'محافظة اللاذقية', 'Latakia Governorate', ['ريف اللاذقية'], 'SY'],
  ['region:suwayda-gov', 'محافظة السويداء', 'As-Suwayda Governorate', ['ريف السويداء'], 'SY'],
  ['region:quneitra-gov', 'محافظة القنيطرة', 'Quneitra Governorate', ['ريف القنيطرة'], 'SY'],
  ['region:qalamoun', 'القلمون', 'Qalamoun', ['منطقة القلمون', 'جبال القلمون'], 'SY'],
  ['region:syrian-desert', 'البادية السورية', 'Syrian Desert', [], 'SY'],
  ['region:jazira', 'منطقة الجزيرة السورية', 'Jazira (Syria)', ['الجزيرة السورية'], 'SY'],
  ['region:golan', 'الجولان', 'Golan Heights', ['هضبة الجولان', 'الجولان المحتل', 'مرتفعات الجولان'], 'SY'],
  ['town:qamishli', 'القامشلي', 'Qamishli', ['قامشلي'], 'SY'],
  ['town:kobani', 'عين العرب', 'Kobani', ['كوباني', 'عين العرب كوباني'], 'SY'],
  ['town:ras-al-ain', 'رأس العين', 'Ras al-Ain', ['سري كانيه'], 'SY'],
  ['town:tal-abyad', 'تل أبيض', 'Tal Abyad', [], 'SY'],
  ['town:ain-issa', 'عين عيسى', 'Ain Issa', [], 'SY'],
  ['town:shaddadi', 'الشدادي', 'Al-Shaddadi', ['الشدادة'], 'SY'],
  ['town:al-hol', 'الهول', 'Al-Hol', [], 'SY'],
  ['town:daraa', 'درعا', 'Daraa', [], 'SY'],
  ['town:tabqa', 'مدينة الطبقة', 'Al-Tabqa', [], 'SY'],
  ['town:quneitra', 'القنيطرة', 'Quneitra', [], 'SY'],
  ['town:maarat-numan', 'معرة النعمان', 'Maarat al-Numan', [], 'SY'],
  ['town:ariha-sy', 'أريحا', 'Ariha', [], 'SY'],
  ['town:tal-tamr', 'تل تمر', 'Tell Tamer', [], 'SY'],
  ['town:marea', 'مارع', 'Marea', [], 'SY'],
  ['town:tanf', 'التنف', 'Al-Tanf', [], 'SY'],
  ['town:rukban', 'الركبان', 'Rukban', [], 'SY'],
  // Iraq
  [
    'region:kurdistan-iraq',
    'إقليم كردستان',
    'Kurdistan Region',
    ['إقليم كردستان العراق', 'كردستان العراق', 'إقليم كوردستان'],
    'IQ',
  ],
  ['region:anbar', 'الأنبار', 'Anbar', ['محافظة الأنبار'], 'IQ'],
  ['region:nineveh', 'نينوى', 'Nineveh', ['محافظة نينوى', 'سهل نينوى'], 'IQ'],
  ['region:salahuddin', 'محافظة صلاح الدين', 'Salah al-Din Governorate', [], 'IQ'],
  ['region:diyala', 'ديالى', 'Diyala', ['محافظة ديالى'], 'IQ'],
  ['town:mosul', 'الموصل', 'Mosul', ['موصل'], 'IQ'],
  ['town:tal-afar', 'تلعفر', 'Tal Afar', ['تل عفر'], 'IQ'],
  ['town:qaim', 'قضاء القائم', "Al-Qa'im", [], 'IQ'],
  ['town:haditha', 'قضاء حديثة', 'Haditha', [], 'IQ'],
  ['town:jurf-sakhar', 'جرف الصخر', 'Jurf al-Sakhar', ['جرف النصر'], 'IQ'],
  // Yemen
  ['region:marib', 'مأرب', 'Marib', ['محافظة مأرب'], 'YE'],
  ['region:shabwa', 'شبوة', 'Shabwah', ['محافظة شبوة'], 'YE'],
  ['region:abyan', 'أبين', 'Abyan', ['محافظة أبين'], 'YE'],
  ['region:hadramawt', 'حضرموت', 'Hadramawt', ['محافظة حضرموت'], 'YE'],
  ['region:mahra', 'المهرة', 'Al Mahrah', ['محافظة المهرة'], 'YE'],
  ['region:saada', 'محافظة صعدة', 'Saada Governorate', [], 'YE'],
  ['region:dhale', 'الضالع', 'Al Dhale', ['محافظة الضالع'], 'YE'],
  ['town:mocha', 'المخا', 'Mocha', [], 'YE'],
  // Libya
  ['region:fezzan', 'فزان', 'Fezzan', ['إقليم فزان'], 'LY'],
  ['region:cyrenaica', 'برقة', 'Cyrenaica', ['إقليم برقة'], 'LY'],
  ['town:tarhuna', 'ترهونة', 'Tarhuna', [], 'LY'],
  ['town:kufra', 'الكفرة', 'Kufra', [], 'LY'],
  ['region:jufra', 'الجفرة', 'Jufra', [], 'LY'],
  // Lebanon
  [
    'region:dahiyeh',
    'الضاحية الجنوبية',
    'Dahieh (Beirut southern suburbs)',
    ['الضاحية الجنوبية لبيروت', 'ضاحية بيروت الجنوبية'],
    'LB',
  ],
  ['region:south-lebanon', 'جنوب لبنان', 'South Lebanon', ['جنوبي لبنان', 'الجنوب اللبناني'], 'LB'],
  ['region:bekaa', 'البقاع', 'Beqaa Valley', ['سهل البقاع'], 'LB'],
  ['town:arsal', 'عرسال', 'Arsal', [], 'LB'],
  // Palestine and Israel
  ['region:gaza-strip', 'قطاع غزة', 'Gaza Strip', ['القطاع المحاصر'], 'PS'],
  ['region:west-bank', 'الضفة الغربية', 'West Bank', ['الضفة الغربية المحتلة', 'الضفة'], 'PS'],
  ['region:east-jerusalem', 'القدس الشرقية', 'East Jerusalem', ['القدس المحتلة'], 'PS'],
  ['town:jerusalem', 'القدس', 'Jerusalem', ['القدس الشريف', 'بيت المقدس'], 'PS'],
  ['region:negev', 'النقب', 'Negev', ['صحراء النقب'], 'IL'],
  ['region:galilee', 'الجليل', 'Galilee', [], 'IL'],
  // Egypt, Sudan, Gulf, Maghreb
  ['region:sinai', 'سيناء', 'Sinai', ['شبه جزيرة سيناء'], 'EG'],
  ['region:north-sinai', 'شمال سيناء', 'North Sinai', ['محافظة شمال سيناء'], 'EG'],
  ['town:sheikh-zuweid', 'الشيخ زويد', 'Sheikh Zuweid', [], 'EG'],
  ['region:darfur', 'دارفور', 'Darfur', ['إقليم دارفور'], 'SD'],
  ['region:kordofan', 'كردفان', 'Kordofan', ['جنوب كردفان', 'شمال كردفان'], 'SD'],
  ['town:omdurman', 'أم درمان', 'Omdurman', [], 'SD'],
  ['town:el-fasher', 'الفاشر', 'El Fasher', [], 'SD'],
  ['town:nyala', 'نيالا', 'Nyala', [], 'SD'],
  ['town:el-geneina', 'الجنينة', 'El Geneina', [], 'SD'],
  ['town:kassala', 'كسلا', 'Kassala', [], 'SD'],
  ['town:el-obeid', 'مدينة الأبيض', 'El Obeid', [], 'SD'],
  ['region:jazan', 'جازان', 'Jazan', ['جيزان', 'منطقة جازان'], 'SA'],
  ['region:najran', 'نجران', 'Najran', ['منطقة نجران'], 'SA'],
  ['region:asir', 'عسير', 'Asir', ['منطقة عسير'], 'SA'],
  ['region:eastern-province', 'المنطقة الشرقية', 'Eastern Province (Saudi Arabia)', [], 'SA'],
  ['town:qatif', 'القطيف', 'Qatif', [], 'SA'],
  ['town:awamiya', 'العوامية', 'Awamiyah', [], 'SA'],
  ['region:western-sahara', 'الصحراء الغربية', 'Western Sahara', [], 'EH'],
  // World cities frequent in datelines and diplomacy
  ['town:washington', 'واشنطن', 'Washington', [], 'US'],
  ['town:new-york', 'نيويورك', 'New York', [], 'US'],
  ['town:moscow', 'موسكو', 'Moscow', [], 'RU'],
  ['town:sochi', 'سوتشي', 'Sochi', [], 'RU'],
  ['town:london', 'لندن', 'London', [], 'GB'],
  ['town:paris', 'باريس', 'Paris', [], 'FR'],
  ['town:berlin', 'برلين', 'Berlin', [], 'DE'],
  ['town:brussels', 'بروكسل', 'Brussels', [], 'BE'],
  ['town:geneva', 'جنيف', 'Geneva', [], 'CH'],
  ['town:vienna', 'فيينا', 'Vienna', [], 'AT'],
  ['town:ankara', 'أنقرة', 'Ankara', [], 'TR'],
  ['town:istanbul', 'إسطنبول', 'Istanbul', ['اسطنبول', 'إستانبول'], 'TR'],
  ['town:gaziantep', 'غازي عنتاب', 'Gaziantep', ['عنتاب'], 'TR'],
  ['town:tehran', 'طهران', 'Tehran', [], 'IR'],
  ['town:beijing', 'بكين', 'Beijing', ['بيجين'], 'CN'],
  ['town:astana', 'أستانا', 'Astana', ['أستانة', 'نور سلطان'], 'KZ'],
  ['town:kyiv', 'كييف', 'Kyiv', ['كيف'], 'UA'],
  ['town:rome', 'روما', 'Rome', [], 'IT'],
  ['town:kabul', 'كابل', 'Kabul', [], 'AF'],
  // first-level divisions of other countries that the news names without the country (ولاية تكساس)
  ['region:texas', 'تكساس', 'Texas', [], 'US'],
  ['region:florida', 'فلوريدا', 'Florida', [], 'US'],
  ['region:california', 'كاليفورنيا', 'California', [], 'US'],
  ['region:maryland', 'ماريلاند', 'Maryland', ['ميريلاند', 'ميرلاند'], 'US'],
  ['region:virginia', 'فرجينيا', 'Virginia', ['فيرجينيا'], 'US'],
  ['region:ohio', 'أوهايو', 'Ohio', ['اوهايو'], 'US'],
  ['region:michigan', 'ميشيغان', 'Michigan', ['ميشيجان'], 'US'],
  ['region:illinois', 'إلينوي', 'Illinois', ['إلينوى', 'ايلينوي'], 'US'],
  ['region:arizona', 'أريزونا', 'Arizona', ['اريزونا'], 'US'],
  ['region:nevada', 'نيفادا', 'Nevada', [], 'US'],
  ['region:colorado', 'كولورادو', 'Colorado', [], 'US'],
  ['region:oregon', 'أوريغون', 'Oregon', ['أوريجون'], 'US'],
  ['region:pennsylvania', 'بنسلفانيا', 'Pennsylvania', ['بنسيلفانيا'], 'US'],
  ['region:massachusetts', 'ماساتشوستس', 'Massachusetts', ['ماساشوستس'], 'US'],
  ['region:new-jersey', 'نيوجيرسي', 'New Jersey', ['نيو جيرسي'], 'US'],
  ['region:north-carolina', 'كارولينا الشمالية', 'North Carolina', ['نورث كارولينا'], 'US'],
  ['region:south-carolina', 'كارولينا الجنوبية', 'South Carolina', ['ساوث كارولينا'], 'US'],
  ['region:tennessee', 'تينيسي', 'Tennessee', ['تينيسى'], 'US'],
  ['region:kentucky', 'كنتاكي', 'Kentucky', [], 'US'],
  ['region:louisiana', 'لويزيانا', 'Louisiana', [], 'US'],
  ['region:alabama', 'ألاباما', 'Alabama', ['آلاباما'], 'US'],
  ['region:oklahoma', 'أوكلاهوما', 'Oklahoma', ['اوكلاهوما'], 'US'],
  ['region:kansas', 'كانساس', 'Kansas', ['كنساس'], 'US'],
  ['region:missouri', 'ميزوري', 'Missouri', ['ميسوري'], 'US'],
  ['region:iowa', 'أيوا', 'Iowa', ['آيوا'], 'US'],
  ['region:minnesota', 'مينيسوتا', 'Minnesota', [], 'US'],
  ['region:wisconsin', 'ويسكونسن', 'Wisconsin', ['ويسكونسين'], 'US'],
  ['region:indiana', 'إنديانا', 'Indiana', ['انديانا'], 'US'],
  ['region:utah', 'يوتا', 'Utah', [], 'US'],
  ['region:new-mexico', 'نيو مكسيكو', 'New Mexico', [], 'US'],
  ['region:alaska', 'ألاسكا', 'Alaska', ['آلاسكا'], 'US'],
  ['region:hawaii', 'هاواي', 'Hawaii', [], 'US'],
  ['region:connecticut', 'كونيتيكت', 'Connecticut', ['كونكتيكت'], 'US'],
  ['region:arkansas', 'أركنساس', 'Arkansas', ['أركانساس'], 'US'],
  ['region:montana', 'مونتانا', 'Montana', [], 'US'],
  ['region:ontario', 'أونتاريو', 'Ontario', ['اونتاريو'], 'CA'],
  ['region:quebec', 'كيبيك', 'Quebec', ['كيبك'], 'CA'],
  ['region:alberta', 'ألبرتا', 'Alberta', [], 'CA'],
  ['region:british-columbia', 'كولومبيا البريطانية', 'British Columbia', [], 'CA'],
  ['region:balochistan', 'بلوشستان', 'Balochistan', ['إقليم بلوشستان', 'ولاية بلوشستان'], 'PK'],
  ['region:punjab-pk', 'إقليم البنجاب', 'Punjab', [], 'PK'],
  ['region:sindh', 'إقليم السند', 'Sindh', [], 'PK'],
  ['region:khyber-pakhtunkhwa', 'خيبر بختونخوا', 'Khyber Pakhtunkhwa', ['إقليم خيبر بختونخوا'], 'PK'],
  ['region:helmand', 'هلمند', 'Helmand', ['ولاية هلمند'], 'AF'],
  ['region:nangarhar', 'ننغرهار', 'Nangarhar', ['ننجرهار', 'ولاية ننغرهار'], 'AF'],
  ['region:borno', 'بورنو', 'Borno', ['ولاية بورنو'], 'NG'],
  ['region:yobe', 'يوبي', 'Yobe', ['ولاية يوبي'], 'NG'],
];

// ---------------------------------------------------------------------------------------------
// GeoNames towns: fixes for wrong or missing Arabic names (by asciiname), and the stoplist.
const TOWN_FIX: Record<string, string[]> = {
  Skikda: ['سكيكدة'],
  Mohammedia: ['المحمدية'],
  Kosti: ['كوستي'],
  Kassala: ['كسلا'],
  Thawrah: [],
  Tripoli: ['طرابلس'],
  'Kuwait City': ['مدينة الكويت'],
  "Al Jahra'": ['الجهراء'],
  Doha: ['الدوحة'],
  Manama: ['المنامة'],
  Amman: ['عمان'],
  Mosul: [],
  'East Jerusalem': [],
  Jerusalem: [],
  Algiers: ['الجزائر العاصمة'],
  Boujniba: [],
  Salwa: [],
  'Bani Walid': ['بني وليد'],
  "Sa'dah": ['صعدة'],
  'Ta`izz': ['تعز'],
  Kadugli: ['كادقلي'],
};
/** Names that are ordinary words (or far more often something else) in news text. */
const STOP = new Set(
  [
    'الحي',
    'بلد',
    'صور',
    'الصور',
    'بيان',
    'سلوى',
    'الثورة',
    'ثورة',
    'المدينة',
    'الخور',
    'التل',
    'الباب',
    'حجة',
    'الجديدة',
    'البيضاء',
    'القبة',
    'المرج',
    'بركان',
    'سلا',
    'خالص',
    'الشامية',
    'القاسم',
    'العين',
    'مساكن',
    'الأبي',
    'كسل',
    'ربك',
    'سيان',
    'القرين',
    'دورا',
    'جاسم',
    'نبل',
    'قارة',
    'الزيتية',
    'هون',
    'الخمس',
    'الخُمس',
    'المذنب',
    'الرس',
    'سعير',
    'الرام',
    'الظاهرية',
    'البلا',
    'ساليم',
    'صهيون',
    'لقدس',
    'يبوس',
    'مريا',
    'ورشليم',
    'إيلياء',
    'اريئيل',
    'سعيدة',
    'الهراويين',
    'صيلة',
    'ودان',
    'غات',
    'براك',
    'الحوطة',
    'السفيرة',
    'سفيرة',
    'بيان',
    'الوكرة',
    'ذي سفال',
    'الرابية',
    'الفنطاس',
    'المنقف',
    'رباط',
    'ناصرة',
    'الناصرة',
    'الصنمين',
    'صنمين',
    'كسوة',
    'قطيفة',
    'ثورة',
    'طوخ',
    'سفاجا',
    'بنها',
    'الجبيل',
    'ميادين',
    'العزيزية',
    'الحلة',
    'الشطرة',
    'قنا',
    'خصب',
    'ابراء',
    'بوشر',
    'الحمامات',
    'مطروح',
    'القنايات',
    'الإبراهيمية',
    'السلام',
    'الحرية',
    'النصر',
    'الوحدة',
    'الشرق',
    'تازة',
    'سطات',
    'القرارة',
    'اليامون',
    'الزوايدة',
    'الجديد',
    'بيان',
    'الفاو',
    'الرمثا',
    'القريات',
    'الطفيلة',
    // found frequent as ordinary words in the corpora: كيف "how", الأبيض "white", حديثة "recent", دوما "always",
    // بشار (a first name), حمد/عيسى/رشيد (names), المتوسط "average", عقبة "obstacle", مالي "financial", بنين "sons",
    // الحراك "the movement", القصير "short", بشري "human", سلمية "peaceful", الزرقاء "blue", سترة "jacket", القائم
    // "the acting", الطبقة "the class", الكسوة (the Kaaba's cover), أصيلة "authentic"
    'كيف',
    'الأبيض',
    'حديثة',
    'دوما',
    'بشار',
    'حمد',
    'عيسى',
    'رشيد',
    'المتوسط',
    'عقبة',
    'عقبه',
    'مالي',
    'بنين',
    'الحراك',
    'القصير',
    'بشري',
    'سلمية',
    'الزرقاء',
    'زرقاء',
    'سترة',
    'القائم',
    'الطبقة',
    'الكسوة',
    'أصيلة',
    'صبيا',
    'إذنا',
    'عربين',
    'قاهره',
  ].map(looseKey),
);

const NON_ARABIC = /[^\u0621-\u063A\u0641-\u064A\s]/; // after diacritics are removed
const PREFIX = /^(ولاية|دائرة|قضاء|ناحية|مدينة|محافظة|استان|شعبية|مملكة|بلدية)\s+/;

function cleanArabic(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // harakat, tatweel
    .replace(/\u0672/g, 'أ') // wavy hamza alef
    .replace(/\(.*?\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PREFIX, '');
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['`’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function main(): void {
  const places: Place[] = [];
  const taken = new Set<string>();
  const ids = new Set<string>();
  /** Keep only names not taken by an earlier place and not stoplisted. */
  const claim = (names: string[]): string[] => {
    const out: string[] = [];
    for (const n of names) {
      const k = looseKey(n);
      if (!k || taken.has(k) || STOP.has(k) || k.replace(/\s/g, '').length < 3) continue;
      taken.add(k);
      out.push(n);
    }
    return out;
  };
  const add = (id: string, english: string, names: string[], country: string) => {
    const kept = claim(names);
    if (!kept.length) return;
    let uid = id;
    for (let i = 2; ids.has(uid); i++) uid = `${id}-${country.toLowerCase() || i}${i > 2 ? i : ''}`;
    ids.add(uid);
    places.push({ id: uid, name: kept[0]!, english, aliases: kept.slice(1), country });
  };

  // countries
  const ar = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of A)
    for (const b of A) {
      const code = a + b;
      if (SKIP_REGIONS.has(code)) continue;
      const arName = ar.of(code);
      const enName = en.of(code);
      if (!arName || !enName || arName === code) continue;
      const extra = COUNTRY_EXTRA[code];
      const icu = cleanArabic(arName.replace(/\s+-\s+/g, ' '));
      const name = extra?.name ?? icu;
      add(`country:${code.toLowerCase()}`, enName, [name, icu, ...(extra?.aliases ?? [])], code);
    }

  // hand list
  for (const [id, name, english, aliases, country] of HAND) add(id, english, [name, ...aliases], country);

  // GeoNames towns, most populous first
  if (!existsSync(SRC))
    throw new Error(`build-places: ${SRC} not found (pass the path of arabic_places_mena.tsv)`);
  const lines = readFileSync(SRC, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const head = lines.shift()!.split('\t');
  const col = (n: string) => {
    const i = head.indexOf(n);
    if (i < 0) throw new Error(`build-places: ${SRC} has no column "${n}"`);
    return i;
  };
  const [iAscii, iNames, iCc, iPop] = [
    col('asciiname'),
    col('arabic_names'),
    col('country_code'),
    col('population'),
  ];
  const rows = lines.map((l) => l.split('\t')).sort((x, y) => Number(y[iPop]) - Number(x[iPop]));
  for (const r of rows) {
    const ascii = r[iAscii]!;
    const fix = TOWN_FIX[ascii];
    const raw = (r[iNames] ?? '')
      .split('|')
      .map(cleanArabic)
      .filter((n) => n && !NON_ARABIC.test(n));
    const names = fix ? [...fix, ...raw.filter(() => fix.length > 0)] : raw;
    add(`town:${slug(ascii)}`, ascii, names, r[iCc]!);
  }

  const out = [
    '# Places: countries, regions/governorates and towns, with Arabic names and variants. GENERATED, do not edit by hand:',
    '#   npx tsc -p tsconfig.json && node dist/scripts/build-places.js',
    '# Sources: country names from ICU (Intl.DisplayNames ar/en) plus extra names; a hand list of regions and towns',
    '# frequent in the news; GeoNames cities15000 Arabic names (CC BY, geonames.org). All in scripts/build-places.ts.',
    '# Columns: id (country:<iso>, region:<slug>, town:<slug>) | type (location) | name | english | aliases (|-separated)',
    '#   | country (ISO code, empty for regions spanning countries).',
    'id\ttype\tname\tenglish\taliases\tcountry',
    ...places.map((p) => [p.id, 'location', p.name, p.english, p.aliases.join('|'), p.country].join('\t')),
  ];
  writeFileSync(OUT, out.join('\n') + '\n');
  console.log(`build-places: wrote ${places.length} places to ${OUT}`);
}

try {
  main();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
