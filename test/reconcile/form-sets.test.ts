// The story's entity forms as sets kept up to date while the story-forms passes add aliases
// (reconcile/form-sets.ts).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EntityFormSets } from '../../src/reconcile/form-sets.js';
import { normalizedFormsOf, withFormKeys } from '../../src/reconcile/forms.js';
import { normalize } from '../../src/text/normalize.js';
import type { DossierEntity } from '../../src/types.js';

const entity = (type: DossierEntity['type'], name: string, aliases: string[]): DossierEntity => ({
  id: name,
  type,
  name,
  english_name: null,
  aliases,
  mentions: [],
  merged_because: [],
});

test('the form sets hold the forms of the entities as they are at each call', () =>
  withFormKeys(() => {
    const person = entity('person', 'سالم الأحمدي', ['الأحمدي']);
    const place = entity('location', 'وادي السّدرة', []);
    const body = entity('organization', 'هيئة المياه', ['الهيئة']);
    const entities = [person, place, body];
    const sets = new EntityFormSets(entities);
    const others = sets.otherThanPersons();
    assert.deepEqual(
      others,
      normalizedFormsOf(entities, (e) => e.type !== 'person'),
    );
    person.aliases = [...person.aliases, 'المهندس سالم الأحمدي']; // a list replaced by a longer one
    body.aliases.push('هيئة المياه العامة'); // a list grown
    assert.deepEqual(sets.all(), normalizedFormsOf(entities));
    assert.ok(!others.has(normalize('هيئة المياه العامة')), 'the first set is not grown');
    assert.ok(sets.all().has(normalize('المهندس سالم الأحمدي')));
    const keysOf = (e: DossierEntity) => [e.name, ...e.aliases].map((form) => normalize(form));
    assert.deepEqual(sets.keysAt(0), keysOf(person), 'a replaced list keeps the keys of its first aliases');
    person.aliases = ['سالم', ...person.aliases]; // a list replaced by one that begins otherwise
    assert.deepEqual(sets.keysAt(0), keysOf(person));
    place.aliases = ['مدينة وادي السدرة'];
    body.aliases.push('الهيئة الجديدة');
    assert.deepEqual(sets.all(), normalizedFormsOf(entities));
    assert.deepEqual(sets.keysAt(2), keysOf(body));
  }));
