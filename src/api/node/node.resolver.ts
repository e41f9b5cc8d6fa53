/** The `node(id)` query. */
import { Arg, ID, Query, Resolver } from 'type-graphql';
import { NodeService } from './node.service';
import { Node, type NodeValue } from './node.type';

/** Resolves `node(id)`. */
@Resolver(() => Node)
export class NodeResolver {
  constructor(private readonly nodes: NodeService) {}

  @Query(() => Node, { nullable: true, description: 'Any entity, event or article by id; null when none has it.' })
  node(@Arg('id', () => ID, { description: 'A global id.' }) id: string): Promise<NodeValue | null> {
    return this.nodes.get(id);
  }
}
