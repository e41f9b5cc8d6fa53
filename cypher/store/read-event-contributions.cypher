// Every stored article's contribution to these events (one row per MENTIONS relationship).
UNWIND $ids AS id
MATCH (a:Article)-[m:MENTIONS]->(:Event {id: id})
RETURN id, a.id AS articleId, properties(m) AS props
