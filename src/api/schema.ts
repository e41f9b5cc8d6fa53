/** Builds the GraphQL schema from the domain resolvers (type-graphql, class-validator on every input). */
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ArticleEntityResolver, ArticleEventResolver, ArticleRelationResolver, ArticleResolver } from './article/article.resolver';
import type { RequestContext } from './context';
import { CurationActionResolver, CurationResolver } from './curation/curation.resolver';
import { DisagreementResolver, FactVersionResolver } from './disagreement/disagreement.resolver';
import { EntityResolver, SurfaceFormResolver } from './entity/entity.resolver';
import { EventResolver, FigureResolver, SourceDateResolver } from './event/event.resolver';
import { FactResolver } from './fact/fact.resolver';
import { GraphPathResolver, GraphResolver, PathHopResolver } from './graph/graph.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { NodeResolver } from './node/node.resolver';
import { EvidenceResolver, RelationResolver, SourceStatusResolver } from './relation/relation.resolver';
import { SearchResolver } from './search/search.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';

/** Every resolver class of the API. */
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  EntityResolver,
  SurfaceFormResolver,
  EventResolver,
  SourceDateResolver,
  FigureResolver,
  ArticleResolver,
  ArticleEntityResolver,
  ArticleEventResolver,
  ArticleRelationResolver,
  RelationResolver,
  EvidenceResolver,
  SourceStatusResolver,
  SearchResolver,
  StatsResolver,
  IngestResolver,
  GraphResolver,
  PathHopResolver,
  GraphPathResolver,
  TimelineResolver,
  FactResolver,
  DisagreementResolver,
  FactVersionResolver,
  CurationResolver,
  CurationActionResolver,
];

/** Builds the schema; resolvers and services come from each request's own container. */
export async function buildNewsgraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    container: ({ context }: { context: RequestContext }) => context.container,
  });
  // type-graphql has no option for describing the root types; they are built fresh per call, so set them here.
  const query = schema.getQueryType();
  if (query) query.description = 'Reads over the news graph: entities, events, articles, search, neighbourhoods, paths, timelines, weighed facts, disagreements and counts.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes to the news graph; every mutation needs the API key.';
  return schema;
}
