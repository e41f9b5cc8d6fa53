// Removes entities no stored article mentions any more, with any edge still attached to them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
DETACH DELETE n
