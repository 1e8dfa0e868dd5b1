// A head noun alone (المفوضية، الإعصار) stands for the referent the story names with it most.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { bareHead } from '../../src/reconcile/bare-heads.js';
import { buildDossier } from '../../src/reconcile/index.js';

const dossier = (...texts: string[]) =>
  buildDossier(texts.map((text, i) => analyzeDocument({ id: `d${i}`, source: `d${i}`, text })));

test('the bare head of a name is the head noun of a kind with the article', () => {
  assert.equal(bareHead('مفوضية الانتخابات'), 'المفوضيه');
  assert.equal(bareHead('الحكومة العراقية'), 'الحكومه');
  assert.equal(bareHead('خميس مشيط'), null, 'a place name whose first word is no head noun');
  assert.equal(bareHead('المفوضية'), null, 'a one-word name has no head of its own');
});

test('a head noun alone joins the one referent the story names with it', () => {
  const d = dossier(
    'وأعلنت وزارة الصحة الفلسطينية أن ثلاثة أشخاص أصيبوا في مدينة نابلس.',
    'وقالت وزارة الصحة الفلسطينية إن المصابين نقلوا إلى المستشفى.',
    'وأضافت الوزارة في بيان أن حالتهم مستقرة.',
  );
  const ministry = d.entities.find(
    (e) => e.name === 'وزارة الصحة الفلسطينية' || e.aliases.includes('وزارة الصحة الفلسطينية'),
  );
  assert.ok(ministry, 'the ministry is an entity');
  assert.ok([ministry.name, ...ministry.aliases].includes('الوزارة'));
});

test('a head noun alone stays unattached when two referents are named with it about as often', () => {
  const d = dossier(
    'وقالت وزارة الصحة الفلسطينية إن ثلاثة أشخاص أصيبوا، وقالت وزارة الداخلية المصرية إن المعبر مغلق.',
    'وأكدت وزارة الصحة الفلسطينية الحصيلة، ونفت وزارة الداخلية المصرية الأنباء.',
    'وأضافت الوزارة أن التحقيق مستمر.',
  );
  const owners = d.entities.filter((e) => e.aliases.includes('الوزارة') && e.name !== 'الوزارة');
  assert.equal(owners.length, 0);
});

test('a head noun with describing adjectives joins the one referent the story names with that head', () => {
  const d = dossier(
    'وقالت مصادر محلية إن الحوثيين أطلقوا قذائف على بلدة نائية.',
    'واتهم السكان ميليشيات الحوثي بقصف الحي، وقالوا إن الميليشيات المتمردة انسحبت فجرا.',
    'وأضافوا أن الميليشيات الانقلابية عادت إلى مواقعها.',
  );
  const group = d.entities.find((e) => [e.name, ...e.aliases].includes('ميليشيات الحوثي'));
  assert.ok(group, 'the group is an entity');
  const forms = [group.name, ...group.aliases];
  assert.ok(forms.includes('الميليشيات المتمردة'), forms.join('، '));
  assert.ok(forms.includes('الميليشيات الانقلابية'), forms.join('، '));
});

test('a head noun alone joins the referent the story names far more than the others with that head', () => {
  const d = dossier(
    'وقالت وزارة الصحة الفلسطينية إن ثلاثة أشخاص أصيبوا. وأكدت وزارة الصحة الفلسطينية الحصيلة.',
    'وقالت وزارة الصحة الفلسطينية إن المصابين نقلوا إلى المستشفى، ونفت وزارة الخارجية المصرية الأنباء.',
    'وأضافت وزارة الصحة الفلسطينية أن حالتهم مستقرة. وقالت الوزارة إن التحقيق مستمر.',
  );
  const owners = d.entities.filter((e) => [e.name, ...e.aliases].includes('الوزارة'));
  assert.equal(owners.length, 1);
  assert.ok([owners[0]!.name, ...owners[0]!.aliases].includes('وزارة الصحة الفلسطينية'));
});
