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

/** The role an edge gives, with its entity and event ends; null when the edge is not a role edge. */
export function readRoleEdge(edge: GraphEdge): { role: EventRole; entityId: string; eventId: string } | null {
  for (const role of EVENT_ROLES) {
    const { type, entityEnd } = ROLE_EDGES[role];
    if (edge.type !== type) continue;
    return entityEnd === 'source'
      ? { role, entityId: edge.source, eventId: edge.target }
      : { role, entityId: edge.target, eventId: edge.source };
  }
  return null;
}
