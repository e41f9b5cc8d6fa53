/** Entities (people, groups, places): the `Entity` interface, its three object types and their connections. */
import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { EntityNode, EventNode, SurfaceForm } from '../../model/graph';
import type { EntityLabel } from '../../model/vocabulary';
import { Event } from '../event/event.type';
import { Node } from '../node/node.type';
import { Relation, type RelationValue } from '../relation/relation.type';
import { EntityLabelEnum, EventRoleEnum, type EventRole } from '../shared/enums';
import { connectionOf } from '../shared/pagination';

/** A surface form of an entity and the articles that use it. */
@ObjectType('SurfaceForm', {
  description: 'One way articles write an entity\'s name, and which articles write it so (to spot a wrong merge).',
})
export class SurfaceFormType {
  @Field({ description: 'The form as written ("Haji Iman", "Carter", "ISIL").' })
  form!: string;
}

/** The `Entity` interface. */
@InterfaceType('Entity', {
  implements: Node,
  description:
    'A person, group or place, merged across articles. Query the concrete types with `... on Person` etc., ' +
    'or read `label`.',
  resolveType: (value: EntityNode) => value.label,
})
export abstract class Entity extends Node {
  @Field(() => EntityLabelEnum, { description: 'Person, group or place.' })
  label!: EntityLabel;

  @Field({ description: 'The name most articles use (ties: the longest).' })
  name!: string;

  @Field(() => [String], { description: 'Every other form articles use, sorted.' })
  aliases!: string[];

  @Field(() => [String], { description: 'Titles and roles as written ("Defense Secretary").' })
  roles!: string[];

  @Field(() => [SurfaceFormType], { description: 'Each form with the articles that use it.' })
  forms!: SurfaceForm[];

  @Field(() => Int, { description: 'How many times articles mention it, in total.' })
  mentionCount!: number;
}

/** The `Person` type. */
@ObjectType('Person', { implements: [Node, Entity], description: 'A named person.' })
export class Person extends Entity {}

/** The `Group` type. */
@ObjectType('Group', {
  implements: [Node, Entity],
  description: 'An organisation: government, ministry, armed group, company, party, agency.',
})
export class Group extends Entity {}

/** The `Place` type. */
@ObjectType('Place', { implements: [Node, Entity], description: 'A country, region, province, city or other place.' })
export class Place extends Entity {}

/** The `EntityConnection` type. */
@ObjectType('EntityConnection', { description: 'A page of entities.' })
export class EntityConnection extends connectionOf<EntityNode>('Entity', Entity) {}

/** An entity's part in one event, as resolvers pass it around. */
export interface EventParticipationValue {
  role: EventRole;
  event: EventNode;
  relation: RelationValue;
}

/** The `EventParticipation` type. */
@ObjectType('EventParticipation', { description: 'An entity\'s part in one event.' })
export class EventParticipation {
  @Field(() => EventRoleEnum, { description: 'Agent, target, place or announcer.' })
  role!: EventRole;

  @Field(() => Event, { description: 'The event.' })
  event!: EventNode;

  @Field(() => Relation, { description: 'The role edge, with the sentences that support it.' })
  relation!: RelationValue;
}

/** The `EventParticipationConnection` type. */
@ObjectType('EventParticipationConnection', { description: 'A page of an entity\'s events.' })
export class EventParticipationConnection extends connectionOf<EventParticipationValue>(
  'EventParticipation',
  EventParticipation,
) {}
