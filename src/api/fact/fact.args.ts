/** Arguments of `facts`. */
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Float, Int } from 'type-graphql';
import type { EdgeType, EventType, FactStatus } from '../../model/vocabulary';
import { EventTypeEnum, FactStatusEnum, RelationTypeEnum } from '../shared/enums';
import { PageArgs } from '../shared/pagination';

/** `facts(minSources, minOutlets, minConfidence, status, type, includeEvents, eventType, first, after)`. */
@ArgsType()
export class FactsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only facts reported by at least this many distinct articles.' })
  @Min(0)
  minSources?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only facts reported by at least this many distinct outlets (independent sources).',
  })
  @Min(0)
  minOutlets?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only facts whose confidence is at least this (0 to 1).' })
  @Min(0)
  @Max(1)
  minConfidence?: number | null;

  @Field(() => [FactStatusEnum], {
    nullable: true,
    description: 'Only facts that some source presents in one of these ways (e.g. DISPUTED); all when absent.',
  })
  status?: FactStatus[] | null;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only relations of these types; all when absent.' })
  type?: EdgeType[] | null;

  @Field({ defaultValue: false, description: 'Also list events as facts (relations only when false).' })
  includeEvents!: boolean;

  @Field(() => [EventTypeEnum], {
    nullable: true,
    description: 'With includeEvents, only events of these types; all when absent.',
  })
  eventType?: EventType[] | null;
}
