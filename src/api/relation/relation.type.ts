/** Relations (graph edges) with the evidence and sources that support them. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { GraphEdge } from '../../model/graph';
import type { EdgeType, FactStatus } from '../../model/vocabulary';
import { FactStatusEnum, RelationTypeEnum } from '../shared/enums';
import { connectionOf } from '../shared/pagination';

/** A relation as resolvers pass it around: the edge, and the node it was reached from (null at top level). */
export type RelationValue = GraphEdge & { viewedFrom: string | null };

/** A sentence that supports a fact. */
@ObjectType('Evidence', { description: 'A sentence that supports a fact, with offsets into its article\'s text.' })
export class Evidence {
  @Field(() => ID, { description: 'Id of the article the sentence is in.' })
  articleId!: string;

  @Field({ description: 'The sentence, exactly `article.text[start:end]`.' })
  text!: string;

  @Field(() => Int, { description: 'Offset of the first character in the cleaned text of the article.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;
}

/** How one source presents a fact. */
@ObjectType('SourceStatus', { description: 'How one source presents a fact.' })
export class SourceStatus {
  @Field(() => ID, { description: 'Id of the source article.' })
  articleId!: string;

  @Field(() => FactStatusEnum, { description: 'Stated, hedged, attributed or disputed.' })
  status!: FactStatus;
}

/** A relation between two nodes. */
@ObjectType('Relation', {
  description:
    'A relation between two nodes, aggregated over every article that supports it; each supporting sentence ' +
    'is kept as evidence (paged: a widely reported relation has thousands).',
})
export class Relation {
  @Field(() => ID, { description: 'Deterministic id, derived from type, source and target.' })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'What the relation says.' })
  type!: EdgeType;
}

/** The `EvidenceConnection` type. */
@ObjectType('EvidenceConnection', { description: 'A page of evidence sentences, by article, then position.' })
export class EvidenceConnection extends connectionOf<Evidence>('Evidence', Evidence) {}

/** The `SourceStatusConnection` type. */
@ObjectType('SourceStatusConnection', { description: 'A page of source statuses, one per source article.' })
export class SourceStatusConnection extends connectionOf<SourceStatus>('SourceStatus', SourceStatus) {}

/** The `RelationConnection` type. */
@ObjectType('RelationConnection', { description: 'A page of relations.' })
export class RelationConnection extends connectionOf<RelationValue>('Relation', Relation) {}
