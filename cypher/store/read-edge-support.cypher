// The stored aggregate of these edges (found from their endpoints, which may be entities or events).
UNWIND $rows AS row
OPTIONAL MATCH (se:Entity {id: row.source})
OPTIONAL MATCH (sv:Event {id: row.source})
OPTIONAL MATCH (te:Entity {id: row.target})
OPTIONAL MATCH (tv:Event {id: row.target})
WITH row, coalesce(se, sv) AS s, coalesce(te, tv) AS t
MATCH (s)-[r]->(t)
WHERE r.id = row.id
RETURN row.id AS id, type(r) AS type, properties(r) AS props
