/** Subgraphs ready to draw (`neighbourhood`) and paths between entities (`path`). */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityNode, EventNode } from '../../model/graph';
import type { NodeLabel } from '../../model/vocabulary';
import { Node } from '../node/node.type';
import { Relation, type RelationValue } from '../relation/relation.type';
import { DirectionEnum, NodeLabelEnum, type Direction } from '../shared/enums';

/** A node of a subgraph as resolvers pass it around. */
export interface SubgraphNodeValue {
  id: string;
  label: NodeLabel;
  name: string;
  depth: number;
  supportCount: number;
  node: EntityNode | EventNode;
}

/** The `SubgraphNode` type. */
@ObjectType('SubgraphNode', { description: 'A node of a subgraph, with what a drawing needs on its face.' })
export class SubgraphNode {
  @Field(() => ID, { description: 'The node\'s global id.' })
  id!: string;

  @Field(() => NodeLabelEnum, { description: 'PERSON, GROUP, PLACE or EVENT.' })
  label!: NodeLabel;

  @Field({ description: 'The entity\'s name or the event\'s readable name.' })
  name!: string;

  @Field(() => Int, { description: 'Hops from the centre (0 for the centre itself).' })
  depth!: number;

  @Field(() => Int, { description: 'How many distinct articles mention or report it.' })
  supportCount!: number;

  @Field(() => Node, { description: 'The entity or event itself, for every other field.' })
  node!: EntityNode | EventNode;
}

/** A subgraph as resolvers pass it around. */
export interface SubgraphValue {
  nodes: SubgraphNodeValue[];
  edges: RelationValue[];
  truncated: boolean;
}

/** The `Subgraph` type. */
@ObjectType('Subgraph', { description: 'Nodes and the relations between them, ready to draw.' })
export class Subgraph {
  @Field(() => [SubgraphNode], { description: 'The centre first, then nearer before farther nodes.' })
  nodes!: SubgraphNodeValue[];

  @Field(() => [Relation], {
    description: 'Every relation (of the types asked for) whose two ends are both among the nodes, by id.',
  })
  edges!: RelationValue[];

  @Field({ description: 'True when the node limit left out nodes within the requested depth.' })
  truncated!: boolean;
}

/** One hop of a path as resolvers pass it around. */
export interface PathHopValue {
  fromId: string;
  toId: string;
  direction: Direction;
  relation: RelationValue;
}

/** The `PathHop` type. */
@ObjectType('PathHop', { description: 'One hop of a path: a relation walked from one node to the next.' })
export class PathHop {
  @Field(() => ID, { description: 'Id of the node the hop leaves.' })
  fromId!: string;

  @Field(() => ID, { description: 'Id of the node the hop reaches.' })
  toId!: string;

  @Field(() => DirectionEnum, {
    description: 'OUT when the relation points along the path (its source is fromId), IN when against it.',
  })
  direction!: Direction;

  @Field(() => Relation, { description: 'The relation, with its evidence sentences and sources.' })
  relation!: RelationValue;
}

/** A path as resolvers pass it around. */
export interface GraphPathValue {
  nodeIds: string[];
  hops: PathHopValue[];
}

/** The `GraphPath` type. */
@ObjectType('GraphPath', { description: 'A shortest chain of relations between two entities.' })
export class GraphPath {
  @Field(() => [ID], { description: 'Ids of the nodes along the path, from its start to its end.' })
  nodeIds!: string[];

  @Field(() => [PathHop], { description: 'The hops, in order.' })
  hops!: PathHopValue[];
}
