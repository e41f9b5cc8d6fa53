/** Arguments of `neighbourhood` and `path`. */
import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { EdgeType } from '../../model/vocabulary';
import { RelationTypeEnum } from '../shared/enums';

/** Deepest neighbourhood served: three hops already reach most of a news graph from a well-connected node. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
/** Most nodes one neighbourhood returns: more cannot be drawn legibly. */
export const MAX_NEIGHBOURHOOD_NODES = 500;
/** Longest path searched. */
export const MAX_PATH_HOPS = 4;
/** Most paths one `path` query returns. */
export const MAX_PATHS = 100;

/** `neighbourhood(id, depth, relationTypes, limit)`. */
@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'The entity or event at the centre.' })
  id!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: `How many hops to follow from the centre (0 to ${MAX_NEIGHBOURHOOD_DEPTH}).`,
  })
  @Min(0)
  @Max(MAX_NEIGHBOURHOOD_DEPTH)
  depth!: number;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Follow only relations of these types; all when absent.' })
  relationTypes?: EdgeType[] | null;

  @Field(() => Int, {
    defaultValue: 50,
    description:
      `At most this many nodes, the centre included (1 to ${MAX_NEIGHBOURHOOD_NODES}); nearer nodes first, ` +
      'then those joined by better-supported relations.',
  })
  @Min(1)
  @Max(MAX_NEIGHBOURHOOD_NODES)
  limit!: number;
}

/** `path(from, to, maxHops, relationTypes, limit)`. */
@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: 'The entity the paths start from.' })
  from!: string;

  @Field(() => ID, { description: 'The entity the paths end at.' })
  to!: string;

  @Field(() => Int, { defaultValue: 3, description: `Longest path to look for, in hops (1 to ${MAX_PATH_HOPS}).` })
  @Min(1)
  @Max(MAX_PATH_HOPS)
  maxHops!: number;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Follow only relations of these types; all when absent.' })
  relationTypes?: EdgeType[] | null;

  @Field(() => Int, { defaultValue: 10, description: `At most this many paths (1 to ${MAX_PATHS}).` })
  @Min(1)
  @Max(MAX_PATHS)
  limit!: number;
}
