/**
 * Event roles are edges: actor -CARRIED_OUT-> event, event -TARGETED-> victim, event -OCCURRED_IN-> place,
 * announcer -ANNOUNCED-> event. This reads a role edge from either side.
 */
import type { GraphEdge } from '../../model/graph';
import type { EdgeType } from '../../model/vocabulary';
import { EVENT_ROLES, type EventRole } from '../shared/enums';

/** Which edge type carries each role and at which end the entity sits. */
export const ROLE_EDGES: Readonly<Record<EventRole, { type: EdgeType; entityEnd: 'source' | 'target' }>> = {
  agent: { type: 'CARRIED_OUT', entityEnd: 'source' },
  target: { type: 'TARGETED', entityEnd: 'target' },
  place: { type: 'OCCURRED_IN', entityEnd: 'target' },
  announcer: { type: 'ANNOUNCED', entityEnd: 'source' },
};

/** What reading a role needs from an edge (stored edges and one article's edge contributions both have it). */
export type RoleEdgeEnds = Pick<GraphEdge, 'type' | 'source' | 'target'>;

/** The role an edge gives, with its entity and event ends; null when the edge is not a role edge. */
export function readRoleEdge(edge: RoleEdgeEnds): { role: EventRole; entityId: string; eventId: string } | null {
  for (const role of EVENT_ROLES) {
    const { type, entityEnd } = ROLE_EDGES[role];
    if (edge.type !== type) continue;
    return entityEnd === 'source'
      ? { role, entityId: edge.source, eventId: edge.target }
      : { role, entityId: edge.target, eventId: edge.source };
  }
  return null;
}

/** Whether a node is an entity or an event. */
export type NodeKind = 'entity' | 'event';

/**
 * The kind of the node at `nodeId`, one end of `edge`. Role edges have an event at one end and relations have
 * none, so the edge type says which loader to read a node from without trying both.
 */
export function kindAt(edge: RoleEdgeEnds, nodeId: string): NodeKind {
  return readRoleEdge(edge)?.eventId === nodeId ? 'event' : 'entity';
}
