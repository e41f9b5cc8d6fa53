/**
 * External canonical ids for well-known names, from the extraction lexicon: every written form of one
 * lexicon entry ("United States", "U.S.", "America"; "ISIS", "ISIL", "Daesh", "Islamic State") gets the
 * same id, so outlets that never share a spelling still resolve to one node.
 */
import { ORGANIZATIONS } from '../extract/lexicon/organizations';
import { PLACES } from '../extract/lexicon/places';
import type { EntityLabel } from '../model/vocabulary';
import { nameKey } from '../util/normalize';

function uniqueKeyIndex(entries: readonly { name: string; forms: readonly string[] }[], prefix: string): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.forms]) {
      const key = nameKey(form);
      if (key === '') continue;
      owners.set(key, (owners.get(key) ?? new Set<string>()).add(nameKey(entry.name)));
    }
  }
  // A key two entries share ("Georgia", "Washington") identifies neither.
  const index = new Map<string, string>();
  for (const [key, names] of owners) {
    const [only] = names;
    if (names.size === 1 && only !== undefined) index.set(key, `${prefix}${only}`);
  }
  return index;
}

let placeIndex: Map<string, string> | null = null;
let organizationIndex: Map<string, string> | null = null;

function places(): Map<string, string> {
  placeIndex ??= uniqueKeyIndex(
    PLACES.map((p) => ({ name: p.name, forms: p.aliases })),
    'place:',
  );
  return placeIndex;
}

function organizations(): Map<string, string> {
  organizationIndex ??= uniqueKeyIndex(
    ORGANIZATIONS.map((o) => ({ name: o.name, forms: o.aliases })),
    'org:',
  );
  return organizationIndex;
}

/**
 * Lexicon ids of an entity's forms: places for places and groups (a country that acts may be typed
 * Group), organisations for groups only (a person is never looked up).
 */
export function lexiconIds(label: EntityLabel, forms: readonly string[]): string[] {
  if (label === 'Person') return [];
  const indexes = label === 'Group' ? [places(), organizations()] : [places()];
  const ids = new Set<string>();
  for (const form of forms) {
    for (const index of indexes) {
      const id = index.get(nameKey(form));
      if (id !== undefined) ids.add(id);
    }
  }
  return [...ids].sort();
}
