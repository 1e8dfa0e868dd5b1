import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareLexicon } from '../../src/extract/ner/features.js';
import { decodeModel, encodeModel, NerTagger, TAGS } from '../../src/extract/ner/index.js';
import { topicFeatureNames, topicWordKey } from '../../src/extract/ner/topic-features.js';
import { learnTopics, TopicIndex, topicsFromText, topicsToText } from '../../src/extract/ner/topics.js';
import { handMadeModel } from './ner-model-helpers.js';

/** Two kinds of made-up articles: sport (match, goal, team…) and money (price, bank, market…), 20 words
 *  each (the words and their plurals), and a few words both write. */
function articles(): { docs: Int32Array[]; names: string[] } {
  const plural = (ws: string[]) => [...ws, ...ws.map((w) => `${w}ات`)];
  const sport = plural(['مباراة', 'هدف', 'فريق', 'لاعب', 'ملعب', 'مدرب', 'بطولة', 'دوري', 'جمهور', 'حارس']);
  const money = plural(['سعر', 'بنك', 'سوق', 'سهم', 'نفط', 'دولار', 'تضخم', 'فائدة', 'ميزانية', 'شركة']);
  const common = ['يوم', 'عام', 'قال', 'بلد'];
  const names = [...sport, ...money, ...common];
  const docs: Int32Array[] = [];
  for (let d = 0; d < 40; d++) {
    const own = d % 2 === 0 ? 0 : sport.length;
    const ids: number[] = [];
    for (let k = 0; k < 40; k++) ids.push(own + ((d + k * 3) % 20), sport.length + money.length + (k % 4));
    docs.push(Int32Array.from(ids));
  }
  return { docs, names };
}

const options = { k: 2, vocab: 100, skip: 0, iterations: 5, seed: 7 };

test('learnTopics parts made-up sport and money articles, the same for the same seed', () => {
  const { docs, names } = articles();
  const model = learnTopics(docs, names, options);
  assert.deepEqual(learnTopics(docs, names, options), model);
  const index = new TopicIndex(model);
  const sport = index.topicOf(['مباراة', 'هدف', 'لاعب', 'قال']);
  const money = index.topicOf(['سعر', 'بنك', 'نفط', 'قال']);
  assert.notEqual(sport, money);
  assert.equal(index.topicOf(['هدف', 'هدف', 'هدف', 'سعر', 'بنك']), money, 'each distinct word counts once');
  assert.deepEqual(topicsFromText(topicsToText(model)), model);
});

test('topicWordKey pairs the gazetteer kind with the coarse class; the features name the topic', () => {
  const lex = prepareLexicon({
    triggers: { سامر: 'given' },
    places: ['حلب'],
    orgs: ['فتح'],
    clusters: 'حلب\t3\t30\nيوم\t5\t50\n',
  });
  assert.equal(topicWordKey('حلب', lex), 'place|k0=3');
  assert.equal(topicWordKey('وحلب', lex), 'place|sk0=3', 'a clitic: the stripped form gives kind and class');
  assert.equal(topicWordKey('فتح', lex), 'org|k0=none');
  assert.equal(topicWordKey('سامر', lex), 'person|k0=none');
  assert.equal(topicWordKey('يوم', lex), 'none|k0=5');
  assert.deepEqual(topicFeatureNames(4, 'place|k0=3'), ['tp4', 'tp4|place', 'tp4|k0=3']);
});

test("a model with topics keeps them through its file and adds a topic's weights at tagging", () => {
  const { docs, names } = articles();
  const topics = learnTopics(docs, names, options);
  const sport = new TopicIndex(topics).topicOf(['مباراة', 'هدف', 'لاعب']);
  const n = TAGS.length;
  // the only weight: a place in a sport article opens an organisation
  const model = handMadeModel(
    { triggers: {}, places: ['حلب'], topics },
    {},
    { [`tp${sport}|place`]: [TAGS.indexOf('B-ORG'), 5] },
  );
  const decoded = decodeModel(encodeModel(model));
  assert.ok(decoded.topics);
  const tagger = new NerTagger(decoded);
  const tagOne = (words: string[]) => tagger.tagDocument(tagger.prepare(words), [words.length]);
  assert.deepEqual(tagOne(['فاز', 'حلب', 'في', 'مباراة', 'هدف', 'لاعب']).slice(1, 2), ['B-ORG']);
  assert.deepEqual(tagOne(['ارتفع', 'سعر', 'النفط', 'في', 'حلب', 'بنك']).slice(4, 5), ['O']);
  const plain = decodeModel(encodeModel(handMadeModel({ triggers: {}, places: [] }, {}, {})));
  assert.equal(plain.topics, null);
  assert.equal(n, 9);
});
