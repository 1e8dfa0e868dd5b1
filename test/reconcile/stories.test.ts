// Reconciliation on real stories told by several outlets (ant-multisource-2018, in ../shared/data):
// the same quantity is grouped across outlets, breakdowns are told apart from totals, estimates carry
// their rule, a wire story filed twice counts once, and the timeline joins the outlets' evidence.
// The article ids were found by reading the corpus; the corpus itself stays in ../shared.

import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { analyzeDocument, refineDates } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';
import type { Document, Dossier } from '../../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpus = join(root, '..', 'shared', 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz');
const skip = !existsSync(corpus) && `corpus not found at ${corpus}`;

async function story(ids: string[]): Promise<Dossier> {
  const want = new Set(ids);
  const docs: Document[] = [];
  const rl = createInterface({ input: createReadStream(corpus).pipe(createGunzip()) });
  for await (const line of rl) {
    if (!line.includes('20180')) continue;
    const r = JSON.parse(line) as { docno: string; text: string; title: string; src: string; time: string };
    if (want.has(r.docno))
      docs.push({
        id: r.docno,
        source: r.docno,
        text: r.text,
        title: r.title,
        outlet: r.src,
        publishedInput: r.time,
      });
    if (docs.length === want.size) break;
  }
  assert.equal(docs.length, ids.length, 'all articles of the story are in the corpus');
  return buildDossier(refineDates(docs.map((d) => analyzeDocument(d))));
}

const outletsOf = (d: Dossier, claimIds: string[]) =>
  new Set(
    claimIds
      .map((id) => d.claims.find((c) => c.id === id)?.doc)
      .filter(Boolean)
      .map((doc) => d.documents.find((x) => x.id === doc)!.outlet),
  );

test('Kabul double bombing, 30 April 2018: one toll across four outlets, with breakdowns and estimates', {
  skip,
}, async () => {
  const d = await story([
    'FR-internationalNews-1000-20180430',
    'SK-internationalNews-1263-20180430',
    'CN-internationalNews-292-20180430',
    'SK-internationalNews-1265-20180430',
    'BB-internationalNews-440-20180430',
    'CN-internationalNews-296-20180430',
  ]);
  const killed = d.claim_groups.find((g) => g.measure === 'killed' && !g.label.includes('(on'))!;
  assert.ok(killed, 'a killed group');
  assert.ok(outletsOf(d, killed.claims).size >= 4, 'the toll is compared across at least four outlets');
  assert.ok(killed.origins >= 3);
  assert.notEqual(killed.kind, 'agreement');
  // "… بينهم 9 صحفيين" is a part of the toll, not a rival figure
  assert.ok(
    d.claims.some((c) => c.measure === 'killed' && c.part_of),
    'a breakdown is recognised',
  );
  const est = d.estimates.find((e) => e.group === killed.id)!;
  assert.ok(est.best !== null && est.best >= 25, `best ${est.best}`);
  assert.ok(est.low! <= est.best! && est.best! <= est.high!);
  assert.match(est.rule, /latest/);
  // two blasts: the outlets agree
  const bombs = d.claim_groups.find((g) => g.measure === 'explosive_devices')!;
  assert.equal(bombs.kind, 'agreement');
  assert.ok(outletsOf(d, bombs.claims).size >= 2);
  // the day of the attack, told by several articles
  const day = d.timeline.filter(
    (t) =>
      t.date === '2018-04-30' && (t.type === 'explosion' || t.type === 'attack' || t.type === 'statement'),
  );
  assert.ok(
    day.some((t) => t.docs.length >= 2),
    "one timeline entry holds several articles' evidence",
  );
  for (const t of d.timeline)
    for (const e of t.evidence)
      assert.equal(d.documents.find((x) => x.id === e.doc)!.text.slice(e.start, e.end), e.text);
});

test('Rocket on the Jaramana market, 20 March 2018: a duplicate wire story counts once; injured figures differ', {
  skip,
}, async () => {
  const d = await story([
    'SK-middleEast-433-20180320',
    'CN-middleEast-315-20180320',
    'BB-middleEast-225-20180320',
    'SK-middleEast-438-20180320',
    'FR-internationalNews-542-20180320',
    'FR-middleEast-188-20180320',
  ]);
  const killed = d.claim_groups.find((g) => g.measure === 'killed' && !g.label.includes('(on'))!;
  const with35 = killed.claims
    .map((id) => d.claims.find((c) => c.id === id)!)
    .filter((c) => c.value.low === 35);
  assert.ok(
    new Set(with35.map((c) => d.documents.find((x) => x.id === c.doc)!.outlet)).size >= 2,
    '35 killed is given by at least two outlets',
  );
  // France 24 filed the same story twice: its narration is one origin, not two
  const fr = killed.claims
    .map((id) => d.claims.find((c) => c.id === id)!)
    .filter((c) => c.doc.startsWith('FR-') && !c.speaker);
  assert.ok(fr.length >= 2);
  const docsContributing = new Set(killed.claims.map((id) => d.claims.find((c) => c.id === id)!.doc)).size;
  assert.ok(killed.origins < killed.claims.length && docsContributing >= 4);
  const injured = d.claim_groups.find((g) => g.measure === 'injured')!;
  assert.ok(injured, 'an injured group');
  assert.notEqual(injured.kind, 'agreement', "23, 35 and 'dozens' injured do not agree");
  assert.ok(
    d.timeline.some((t) => t.date === '2018-03-20' && t.docs.length >= 3),
    'the day of the attack joins at least three articles',
  );
  for (const g of d.claim_groups) assert.ok(g.explanation.length > 20);
});
