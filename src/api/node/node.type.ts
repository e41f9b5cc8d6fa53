/** The `Node` interface: anything with a global id (entities, events, articles), fetched with `node(id)`. */
import { Field, ID, InterfaceType } from 'type-graphql';
import type { ArticleRecord, EntityNode, EventNode } from '../../model/graph';

/** What a resolver returns for a node: the store's own record. */
export type NodeValue = EntityNode | EventNode | ArticleRecord;

/** The GraphQL object type of a stored record. */
export function nodeTypeName(value: NodeValue): 'Person' | 'Group' | 'Place' | 'Event' | 'Article' {
  if ('label' in value) return value.label;
  if ('eventType' in value) return 'Event';
  return 'Article';
}

/** The `Node` interface. */
@InterfaceType('Node', {
  description: 'Anything with a global id: a person, group, place, event or article.',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id; stable across re-ingests of the same content.' })
  id!: string;
}
