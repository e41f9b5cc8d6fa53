/** Search results: one hit per entity, ranked. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityNode } from '../../model/graph';
import { Entity } from '../entity/entity.type';
import { connectionOf } from '../shared/pagination';

/** A search hit as resolvers pass it around. */
export interface SearchHitValue {
  entity: EntityNode;
  matchedForm: string;
  rank: number;
}

/** One entity found by a search. */
@ObjectType('SearchHit', { description: 'One entity found by a search.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity.' })
  entity!: EntityNode;

  @Field({ description: 'The name or alias that matched the query best.' })
  matchedForm!: string;

  @Field(() => Int, { description: 'Position in the ranking, from 1 (best).' })
  rank!: number;
}

/** The `SearchHitConnection` type. */
@ObjectType('SearchHitConnection', { description: 'A page of search hits, best first.' })
export class SearchHitConnection extends connectionOf<SearchHitValue>('SearchHit', SearchHit) {}
