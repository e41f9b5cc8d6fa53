// Removes events no stored article mentions any more, with any edge still attached to them.
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
DETACH DELETE e
