/**
 * The closed vocabularies of the graph: node labels, event types, relation and role types, fact statuses.
 * Labels and relationship types written to any store come from these lists, never from article text.
 */

/** Labels of entity nodes. */
export const ENTITY_LABELS = ['Person', 'Group', 'Place'] as const;
/** A label of an entity node. */
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every node label a store may hold. */
export const NODE_LABELS = [...ENTITY_LABELS, 'Event', 'Article'] as const;
/** A label of any node. */
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Event types (see ../shared/eval/README.md); Arrest and Resignation extend the scored set. */
export const EVENT_TYPES = [
  'Killing',
  'Attack',
  'Strike',
  'Capture',
  'Offensive',
  'Appointment',
  'Election',
  'Arrest',
  'Resignation',
] as const;
/** The type of an event. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Relations between entities (and ANNOUNCED, whose target is an event). */
export const RELATION_TYPES = [
  'KILLED',
  'LEADS',
  'MEMBER_OF',
  'ANNOUNCED',
  'ATTACKED',
  'LOCATED_IN',
  'SUCCEEDED',
] as const;
/** A relation type. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** Event role edges: actor -CARRIED_OUT-> event, event -TARGETED-> victim, event -OCCURRED_IN-> place. */
export const EVENT_ROLE_TYPES = ['CARRIED_OUT', 'TARGETED', 'OCCURRED_IN'] as const;
/** An event role edge type. */
export type EventRoleType = (typeof EVENT_ROLE_TYPES)[number];

/** Every edge type a store may hold between entity and event nodes. */
export const EDGE_TYPES = [...RELATION_TYPES, ...EVENT_ROLE_TYPES] as const;
/** Any edge type. */
export type EdgeType = (typeof EDGE_TYPES)[number];

/**
 * How a source presents a fact: as plain fact, hedged ("likely killed", "we believe"),
 * attributed to a speaker ("Carter said"), or disputed (a competing claim).
 */
export const FACT_STATUSES = ['stated', 'hedged', 'attributed', 'disputed'] as const;
/** The status of a fact in one source. */
export type FactStatus = (typeof FACT_STATUSES)[number];

/** True when the value is one of the closed list (narrows the type). */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
