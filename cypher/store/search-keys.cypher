// Entities whose normalised name or alias is exactly $key ($lucene is that key, quoted and escaped).
CALL db.index.fulltext.queryNodes('entityKeys', $lucene) YIELD node
WHERE $key IN coalesce(node.nameKeys, [])
  AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
RETURN properties(node) AS props, labels(node) AS labels
