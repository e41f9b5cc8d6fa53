// Removes edges no stored article supports any more.
UNWIND $rows AS row
OPTIONAL MATCH (se:Entity {id: row.source})
OPTIONAL MATCH (sv:Event {id: row.source})
OPTIONAL MATCH (te:Entity {id: row.target})
OPTIONAL MATCH (tv:Event {id: row.target})
WITH row, coalesce(se, sv) AS s, coalesce(te, tv) AS t
MATCH (s)-[r]->(t)
WHERE r.id = row.id
DELETE r
