// Entity nodes by id.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, properties(n) AS props, labels(n) AS labels
