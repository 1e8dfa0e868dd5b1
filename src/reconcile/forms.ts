// An entity's forms (its name and aliases) as keys, each computed once while a pass reads them: the passes of
// variants and short-forms read every entity's forms as loose keys, those of story-names, organisation-forms
// and bare-heads as normalised words. Each memo is emptied when its pass ends (it holds a story's strings).

import { looseKey, normalize } from '../text/normalize.js';
import type { DossierEntity } from '../types.js';

/** A memo of one key function, emptied by forget() (and when it grows past its bound). */
class FormKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly keyOf: (form: string) => string) {}

  of(form: string): string {
    let known = this.keys.get(form);
    if (known === undefined) {
      if (this.keys.size >= MAX_FORMS) this.keys.clear();
      this.keys.set(form, (known = this.keyOf(form)));
    }
    return known;
  }

  forget(): void {
    this.keys.clear();
  }
}

const MAX_FORMS = 200_000;
const loose = new FormKeys(looseKey);
const normalized = new FormKeys(normalize);

/** looseKey(form), for an entity's name or alias. */
export const looseForm = (form: string): string => loose.of(form);

/** normalize(form), for an entity's name or alias. */
export const normalizedForm = (form: string): string => normalized.of(form);

/** Runs a pass over the story's entities with the memos, and empties them after it. */
export function withFormKeys<T>(pass: () => T): T {
  try {
    return pass();
  } finally {
    loose.forget();
    normalized.forget();
  }
}

/** The normalised forms (names and aliases) of the entities `keep` accepts (all by default). */
export function normalizedFormsOf(
  entities: DossierEntity[],
  keep: (entity: DossierEntity) => boolean = () => true,
): Set<string> {
  const forms = new Set<string>();
  for (const entity of entities) {
    if (!keep(entity)) continue;
    forms.add(normalized.of(entity.name));
    for (const alias of entity.aliases) forms.add(normalized.of(alias));
  }
  return forms;
}
