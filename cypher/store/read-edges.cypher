// Edges around some entity or event nodes, by direction and type; MENTIONS (provenance) is not an edge.
UNWIND $nodeIds AS nodeId
OPTIONAL MATCH (ne:Entity {id: nodeId})
OPTIONAL MATCH (nv:Event {id: nodeId})
WITH coalesce(ne, nv) AS n
MATCH (n)-[r:KILLED|LEADS|MEMBER_OF|ANNOUNCED|ATTACKED|LOCATED_IN|SUCCEEDED|CARRIED_OUT|TARGETED|OCCURRED_IN]-()
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n))
WITH DISTINCT r
RETURN r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props
