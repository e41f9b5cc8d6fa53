/**
 * The ordered extractor registry. Each extractor declares the working-state slots it reads (`requires`) and
 * fills (`assigns`); the order is checked once at load so a reordering that breaks a dependency fails fast.
 */
import { eventRelations } from './event-relations';
import { findEvents } from './find-events';
import { findLocations } from './find-locations';
import { findMentions } from './find-mentions';
import { findRoles } from './find-roles';
import { findSuccession } from './find-succession';
import { linkEntities } from './link-entities';
import type { Extractor, StateSlot } from './state';
import { tokenizeSentences } from './tokenize';
import { typeMentions } from './type-mentions';

/** Throws when an extractor requires a slot no earlier extractor assigns. */
export function checkRegistry(list: readonly Extractor[]): void {
  const assigned = new Set<StateSlot>();
  for (const x of list) {
    const missing = x.requires.filter((r) => !assigned.has(r));
    if (missing.length > 0) {
      throw new Error(`extractor '${x.name}' requires ${missing.join(', ')}, which no earlier extractor assigns; reorder src/extract/registry.ts`);
    }
    for (const a of x.assigns) assigned.add(a);
  }
}

/** Every extractor, in the order they run. */
export const EXTRACTORS: readonly Extractor[] = [
  tokenizeSentences,
  findMentions,
  typeMentions,
  linkEntities,
  findRoles,
  findEvents,
  eventRelations,
  findSuccession,
  findLocations,
];

checkRegistry(EXTRACTORS);
