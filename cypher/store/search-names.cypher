// Full-text candidates for a name search: exact, prefix and fuzzy words of names, aliases and their keys.
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $limit}) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN properties(node) AS props, labels(node) AS labels, score
