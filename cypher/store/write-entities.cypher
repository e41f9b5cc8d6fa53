// Upserts aggregated entity nodes. The label is the aggregate's: one of three written-out cases, never text.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
FOREACH (_ IN CASE WHEN row.label = 'Person' THEN [1] ELSE [] END | SET n:Person REMOVE n:Group:Place)
FOREACH (_ IN CASE WHEN row.label = 'Group' THEN [1] ELSE [] END | SET n:Group REMOVE n:Person:Place)
FOREACH (_ IN CASE WHEN row.label = 'Place' THEN [1] ELSE [] END | SET n:Place REMOVE n:Person:Group)
