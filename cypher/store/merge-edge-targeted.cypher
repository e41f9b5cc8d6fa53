// Upserts aggregated TARGETED edges. Cypher takes no relationship type as a parameter, so there is one file
// per type of the closed vocabulary. Rows whose endpoints do not exist come back as `missing`.
UNWIND $rows AS row
OPTIONAL MATCH (se:Entity {id: row.source})
OPTIONAL MATCH (sv:Event {id: row.source})
OPTIONAL MATCH (te:Entity {id: row.target})
OPTIONAL MATCH (tv:Event {id: row.target})
WITH row, coalesce(se, sv) AS s, coalesce(te, tv) AS t
FOREACH (_ IN CASE WHEN s IS NULL OR t IS NULL THEN [] ELSE [1] END |
  MERGE (s)-[r:TARGETED {id: row.id}]->(t)
  SET r = row.props
)
WITH row, s, t
WHERE s IS NULL OR t IS NULL
RETURN row.id AS missing
