// Every edge of the graph (for snapshots); MENTIONS (provenance) is not an edge.
MATCH (s)-[r:KILLED|LEADS|MEMBER_OF|ANNOUNCED|ATTACKED|LOCATED_IN|SUCCEEDED|CARRIED_OUT|TARGETED|OCCURRED_IN]->(t)
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props
