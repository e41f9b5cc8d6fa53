/** Counts over the whole graph. */
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EdgeType, NodeLabel } from '../../model/vocabulary';
import { NodeLabelEnum, RelationTypeEnum } from '../shared/enums';

/** How many nodes carry one label. */
@ObjectType('LabelCount', { description: 'How many nodes carry one label.' })
export class LabelCount {
  @Field(() => NodeLabelEnum, { description: 'The label.' })
  label!: NodeLabel;

  @Field(() => Int, { description: 'How many nodes carry it.' })
  count!: number;
}

/** How many relations have one type. */
@ObjectType('RelationTypeCount', { description: 'How many relations have one type.' })
export class RelationTypeCount {
  @Field(() => RelationTypeEnum, { description: 'The relation type.' })
  type!: EdgeType;

  @Field(() => Int, { description: 'How many relations have it.' })
  count!: number;
}

/** Counts over the whole graph. */
@ObjectType('Stats', { description: 'Counts over the whole graph.' })
export class Stats {
  @Field(() => Int, { description: 'Stored articles.' })
  articles!: number;

  @Field(() => Int, { description: 'People, groups and places.' })
  entities!: number;

  @Field(() => Int, { description: 'Events.' })
  events!: number;

  @Field(() => Int, { description: 'Relations of every type, event roles included.' })
  relations!: number;

  @Field(() => [LabelCount], { description: 'Nodes by label (every label listed, zeros included).' })
  nodesByLabel!: LabelCount[];

  @Field(() => [RelationTypeCount], { description: 'Relations by type (every type listed, zeros included).' })
  relationsByType!: RelationTypeCount[];

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When an article was last written; null when empty.' })
  lastIngestAt!: string | null;
}
