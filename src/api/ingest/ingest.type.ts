/** Outcomes of the ingest mutations. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { IngestOutcome, IngestStatus } from '../../pipeline/ingest';
import { IngestStatusEnum } from '../shared/enums';

/** What was extracted, in numbers. */
@ObjectType('IngestCounts', { description: 'How much an ingested article contributed.' })
export class IngestCounts {
  @Field(() => Int, { description: 'People, groups and places.' })
  entities!: number;

  @Field(() => Int, { description: 'Events.' })
  events!: number;

  @Field(() => Int, { description: 'Relations between entities (event roles not counted).' })
  relations!: number;
}

/** The outcome of ingesting one article. */
@ObjectType('IngestResult', { description: 'What happened to one article sent for ingestion.' })
export class IngestResult {
  @Field(() => ID, { nullable: true, description: 'Id of the article (null when it could not even be read).' })
  articleId!: string | null;

  @Field(() => IngestStatusEnum, { description: 'INGESTED, UNCHANGED, DUPLICATE, REJECTED or FAILED.' })
  status!: IngestStatus;

  @Field(() => String, { nullable: true, description: 'A stable word saying why it was not ingested ("empty", "too-large").' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'A sentence for people explaining the status.' })
  message!: string | null;

  @Field(() => String, { nullable: true, description: 'The title it was read with.' })
  title!: string | null;
}

/** The outcomes of a batch. */
@ObjectType('IngestBatchResult', { description: 'What happened to each article of a batch, in input order.' })
export class IngestBatchResult {
  @Field(() => [IngestResult], { description: 'One result per input, in input order.' })
  results!: IngestOutcome[];

  @Field(() => Int, { description: 'How many were ingested.' })
  ingested!: number;

  @Field(() => Int, { description: 'How many were not ingested (rejected or failed).' })
  notIngested!: number;
}
