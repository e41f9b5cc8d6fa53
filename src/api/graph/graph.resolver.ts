/** The `neighbourhood` and `path` queries and the node fields of a path hop. */
import { Args, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { EntityNode, EventNode } from '../../model/graph';
import { NodeService } from '../node/node.service';
import { Node } from '../node/node.type';
import { NeighbourhoodArgs, PathArgs } from './graph.args';
import { GraphPath, PathHop, Subgraph, type GraphPathValue, type PathHopValue, type SubgraphValue } from './graph.type';
import { NeighbourhoodService } from './neighbourhood.service';
import { PathService } from './path.service';

/** Resolves `neighbourhood` and `path`. */
@Resolver(() => Subgraph)
export class GraphResolver {
  constructor(
    private readonly neighbourhoods: NeighbourhoodService,
    private readonly pathService: PathService,
  ) {}

  @Query(() => Subgraph, {
    description:
      'The subgraph around an entity or event, ready to draw: nodes within `depth` hops (nearest and best ' +
      'supported kept first when `limit` cuts) and every relation between them. NOT_FOUND when no node has the id.',
  })
  neighbourhood(@Args() args: NeighbourhoodArgs): Promise<SubgraphValue> {
    return this.neighbourhoods.neighbourhood(args);
  }

  @Query(() => [GraphPath], {
    description:
      'The shortest paths between two entities, through any entities and events, of at most `maxHops` hops; ' +
      'strongest first (best-supported weakest hop, then most support). Empty when none is that short.',
  })
  path(@Args() args: PathArgs): Promise<GraphPathValue[]> {
    return this.pathService.paths(args);
  }
}

/** Resolves the nodes a hop joins. */
@Resolver(() => PathHop)
export class PathHopResolver {
  constructor(private readonly nodes: NodeService) {}

  @FieldResolver(() => Node, { nullable: true, description: 'The node the hop leaves.' })
  from(@Root() hop: PathHopValue): Promise<EntityNode | EventNode | null> {
    return this.nodes.endOf(hop.relation, hop.fromId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The node the hop reaches.' })
  to(@Root() hop: PathHopValue): Promise<EntityNode | EventNode | null> {
    return this.nodes.endOf(hop.relation, hop.toId);
  }
}

/** Resolves the nodes along a path. */
@Resolver(() => GraphPath)
export class GraphPathResolver {
  constructor(private readonly nodeService: NodeService) {}

  @FieldResolver(() => [Node], { description: 'The nodes along the path, from its start to its end.' })
  async nodes(@Root() path: GraphPathValue): Promise<(EntityNode | EventNode)[]> {
    const [first] = path.hops;
    // Each hop's relation says which kind of node it reaches, so each node is read from one loader only.
    const found = await Promise.all(
      first === undefined
        ? path.nodeIds.map((id) => this.nodeService.endpoint(id))
        : [first, ...path.hops].map((hop, index) => this.nodeService.endOf(hop.relation, index === 0 ? hop.fromId : hop.toId)),
    );
    return found.filter((node): node is EntityNode | EventNode => node !== null);
  }
}
