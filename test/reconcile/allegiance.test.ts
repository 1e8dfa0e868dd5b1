// Forces named by whom they serve (lexicons/allegiance.tsv): one entity per referent, however worded.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';

const dossier = (...texts: string[]) =>
  buildDossier(texts.map((text, i) => analyzeDocument({ id: `d${i}`, source: `d${i}`, text })));
const named = (d: ReturnType<typeof dossier>, form: string) =>
  d.entities.filter((e) => e.name === form || e.aliases.includes(form));

test('forces tied to one referent are one entity, a capital standing for its country', () => {
  const d = dossier(
    'وتقدمت الفصائل الموالية لأنقرة نحو البلدة الحدودية صباح الأحد.',
    'وقال شهود إن مسلحين مدعومين من تركيا دخلوا البلدة.',
    'وأعلنت القوات الموالية لإيران أنها انسحبت من القرية.',
  );
  const [a] = named(d, 'الفصائل الموالية لأنقرة');
  const [b] = named(d, 'مسلحين مدعومين من تركيا');
  const [c] = named(d, 'القوات الموالية لإيران');
  assert.ok(a && b && c, 'each force is an entity');
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, c.id);
  // the referent keeps its own entity
  assert.ok(named(d, 'تركيا').every((e) => e.id !== a.id));
});

test('a named body before the tie is that body, described; an alliance led by a capital', () => {
  const d = dossier(
    'وهاجمت ميليشيات الحوثي الموالية لإيران مواقع في المدينة.',
    'وقال التحالف العربي الذي تقوده الرياض إن طائراته قصفت المواقع.',
  );
  // the body with whom it serves is one more name of the body
  const [houthis] = named(d, 'ميليشيات الحوثي الموالية لإيران');
  assert.ok(houthis && [houthis.name, ...houthis.aliases].includes('ميليشيات الحوثي'));
  const coalition = d.entities.find((e) => e.aliases.includes('التحالف العربي الذي تقوده الرياض'));
  assert.ok(coalition && [coalition.name, ...coalition.aliases].includes('التحالف العربي'));
});

test('a known body with whom it serves, and forces tied to an armed group, are names of that body', () => {
  const d = dossier(
    'وهاجم تنظيم داعش المدعوم من الخارج مواقع الجيش، بحسب مصادر.',
    'وقالت القوات التابعة لتنظيم داعش إنها سيطرت على البلدة.',
  );
  const isis = named(d, 'تنظيم داعش')[0];
  assert.ok(isis, 'the body is an entity');
  const forms = [isis.name, ...isis.aliases];
  assert.ok(forms.includes('القوات التابعة لتنظيم داعش'), forms.join(' | '));
});

test("a body's aircraft in construct are a name of the body", () => {
  const d = dossier(
    'وقال التحالف العربي إن قواته تقدمت نحو المدينة.',
    'وشن طيران التحالف العربي غارات على مواقع المسلحين.',
  );
  const [coalition] = named(d, 'التحالف العربي');
  assert.ok(coalition && [coalition.name, ...coalition.aliases].includes('طيران التحالف العربي'));
});

test('a description of an alliance with the place that leads it is a name of what it describes', () => {
  const d = dossier(
    'وقال التحالف العربي إن قواته تقدمت.',
    'وقال التحالف الذي تقوده الرياض إن طائراته قصفت المواقع.',
  );
  const [coalition] = named(d, 'التحالف العربي');
  assert.ok(coalition?.aliases.includes('التحالف الذي تقوده الرياض'), JSON.stringify(coalition?.aliases));
});

test('an alliance described with an adjective and a place before its leader is still one name of it', () => {
  const d = dossier(
    'وقال التحالف العربي إن قواته تقدمت.',
    'وقال التحالف العسكري في اليمن الذي تقوده الرياض إن طائراته قصفت المواقع.',
  );
  const [coalition] = named(d, 'التحالف العربي');
  assert.ok(coalition?.aliases.includes('التحالف العسكري في اليمن الذي تقوده الرياض'));
});
