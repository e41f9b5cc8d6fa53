/**
 * GraphQL enums generated from the closed vocabularies in `src/model/vocabulary.ts`, so the schema can never
 * drift from what the stores hold. Enum values are the model strings; GraphQL names are CONSTANT_CASE.
 */
import { registerEnumType } from 'type-graphql';
import { ARTICLE_FORMATS, type ArticleFormat } from '../../model/article';
import type { IngestStatus } from '../../pipeline/ingest';
import {
  EDGE_TYPES,
  ENTITY_LABELS,
  EVENT_TYPES,
  FACT_STATUSES,
  NODE_LABELS,
  type EdgeType,
  type EntityLabel,
  type EventType,
  type FactStatus,
  type NodeLabel,
} from '../../model/vocabulary';

/** "front-matter" → "FRONT_MATTER", "CarriedOut" → "CARRIED_OUT", "KILLED" → "KILLED". */
export function constantCase(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/**
 * Builds and registers a GraphQL enum whose internal values are the model's strings.
 * `descriptions` is keyed by model value, so adding a word to a vocabulary fails type-checking here until it
 * is described.
 */
function defineEnum<T extends string>(
  name: string,
  description: string,
  values: readonly T[],
  descriptions: Record<T, string>,
): Record<string, T> {
  const enumObject: Record<string, T> = {};
  const valuesConfig: Record<string, { description: string }> = {};
  for (const value of values) {
    const key = constantCase(value);
    enumObject[key] = value;
    valuesConfig[key] = { description: descriptions[value] };
  }
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}

/** The `EntityLabel` GraphQL enum. */
export const EntityLabelEnum = defineEnum<EntityLabel>(
  'EntityLabel',
  'The kind of an entity.',
  ENTITY_LABELS,
  {
    Person: 'A named person.',
    Group: 'An organisation: government, ministry, armed group, company, party, agency.',
    Place: 'A country, region, province, city or other named location.',
  },
);

/** The `NodeLabel` GraphQL enum. */
export const NodeLabelEnum = defineEnum<NodeLabel>('NodeLabel', 'The kind of any node of the graph.', NODE_LABELS, {
  Person: 'A named person.',
  Group: 'An organisation.',
  Place: 'A named location.',
  Event: 'Something that happened: a killing, an attack, an appointment.',
  Article: 'A stored news article.',
});

/** The `EventType` GraphQL enum. */
export const EventTypeEnum = defineEnum<EventType>('EventType', 'What kind of thing happened.', EVENT_TYPES, {
  Killing: 'Someone was killed.',
  Attack: 'An attack on people or places.',
  Strike: 'A military strike (air strike, raid, drone strike).',
  Capture: 'Someone or somewhere was captured or seized.',
  Offensive: 'A military offensive or campaign.',
  Appointment: 'Someone was named to a post.',
  Election: 'Someone was elected, or an election was held.',
  Arrest: 'Someone was arrested or detained.',
  Resignation: 'Someone resigned or stepped down.',
});

/** The `RelationType` GraphQL enum: every edge type, relations between entities and event roles alike. */
export const RelationTypeEnum = defineEnum<EdgeType>(
  'RelationType',
  'The type of a relation. KILLED … SUCCEEDED link entities (ANNOUNCED links an entity to an event); ' +
    'CARRIED_OUT, TARGETED and OCCURRED_IN link events to their participants.',
  EDGE_TYPES,
  {
    KILLED: 'The source killed the target.',
    LEADS: 'The source leads the target group.',
    MEMBER_OF: 'The source is a member of the target group.',
    ANNOUNCED: 'The source announced the target event.',
    ATTACKED: 'The source attacked the target.',
    LOCATED_IN: 'The source lies within the target place.',
    SUCCEEDED: 'The source succeeded the target in a post.',
    CARRIED_OUT: 'The source entity carried out the target event (its agent).',
    TARGETED: 'The source event was aimed at the target entity (its victim or object).',
    OCCURRED_IN: 'The source event happened in the target place.',
  },
);

/** The `FactStatus` GraphQL enum. */
export const FactStatusEnum = defineEnum<FactStatus>(
  'FactStatus',
  'How a source presents a fact.',
  FACT_STATUSES,
  {
    stated: 'Stated as plain fact.',
    hedged: 'Hedged ("likely killed", "we believe").',
    attributed: 'Attributed to a speaker ("Carter said").',
    disputed: 'Disputed: the source reports a competing claim.',
  },
);

/** The `ArticleFormat` GraphQL enum. */
export const ArticleFormatEnum = defineEnum<ArticleFormat>(
  'ArticleFormat',
  'How an article was written.',
  ARTICLE_FORMATS,
  {
    html: 'An HTML page (site chrome is stripped).',
    'front-matter': 'Markdown or text with YAML front matter.',
    text: 'Plain text.',
  },
);

/** Which way to follow relations from a node. */
export type Direction = 'out' | 'in' | 'both';
/** The `Direction` GraphQL enum. */
export const DirectionEnum = defineEnum<Direction>(
  'Direction',
  'Which way to follow relations from a node.',
  ['out', 'in', 'both'],
  {
    out: 'Relations whose source is this node.',
    in: 'Relations whose target is this node.',
    both: 'Relations in either direction.',
  },
);

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'range' | 'unknown';
/** The `DatePrecision` GraphQL enum. */
export const DatePrecisionEnum = defineEnum<DatePrecision>(
  'DatePrecision',
  'How precisely a date is known.',
  ['day', 'range', 'unknown'],
  {
    day: 'A single day: start equals end.',
    range: 'Somewhere between start and end, inclusive ("this week", sources that disagree).',
    unknown: 'No source dates it; start, end and text are null.',
  },
);

/** Every part an entity can play in an event. */
export const EVENT_ROLES = ['agent', 'target', 'place', 'announcer'] as const;
/** The part an entity plays in an event. */
export type EventRole = (typeof EVENT_ROLES)[number];
/** The `EventRole` GraphQL enum. */
export const EventRoleEnum = defineEnum<EventRole>(
  'EventRole',
  'The part an entity plays in an event.',
  EVENT_ROLES,
  {
    agent: 'Carried it out (CARRIED_OUT).',
    target: 'It was aimed at them (TARGETED).',
    place: 'It happened there (OCCURRED_IN).',
    announcer: 'Announced it (ANNOUNCED).',
  },
);

/** The `IngestStatus` GraphQL enum. */
export const IngestStatusEnum = defineEnum<IngestStatus>(
  'IngestStatus',
  'What happened to an article sent for ingestion.',
  ['ingested', 'unchanged', 'duplicate', 'rejected', 'failed'],
  {
    ingested: 'Stored, with what was extracted from it (a changed article replaces its previous version).',
    unchanged: 'Already stored with exactly this text; nothing changed.',
    duplicate: 'The same text is already stored under another id; see `message`.',
    rejected: 'Not ingested: empty, binary, too large, not English…; see `reason`.',
    failed: 'Not ingested because of an error in the service; see `message`.',
  },
);

/** Whether a fact is a relation or an event. */
export type FactKind = 'relation' | 'event';
/** The `FactKind` GraphQL enum. */
export const FactKindEnum = defineEnum<FactKind>('FactKind', 'Whether a fact is a relation or an event.', ['relation', 'event'], {
  relation: 'A relation between two nodes (an event role included).',
  event: 'An event: that something happened.',
});

/** What sources disagree about. */
export type DisagreementKind = 'date' | 'figure' | 'status' | 'roleHolder';
/** The `DisagreementKind` GraphQL enum. */
export const DisagreementKindEnum = defineEnum<DisagreementKind>(
  'DisagreementKind',
  'What the sources of a fact disagree about.',
  ['date', 'figure', 'status', 'roleHolder'],
  {
    date: 'The dates sources give an event do not overlap.',
    figure: 'Sources give different values for one figure of an event ("31" and "at least 31" killed).',
    status: 'One source disputes a fact another source reports as true (stated, attributed or hedged).',
    roleHolder:
      'Different sources of the same period name different people as the leader of one group or place, and no ' +
      'source names both.',
  },
);
