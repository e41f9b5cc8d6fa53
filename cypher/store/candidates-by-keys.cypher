// Resolution candidates: entities indexed under any of the blocking keys. $lucene is built from $keys,
// every key quoted and escaped; the WHERE keeps only exact key matches.
CALL db.index.fulltext.queryNodes('entityKeys', $lucene) YIELD node
WHERE any(key IN coalesce(node.keys, []) WHERE key IN $keys)
RETURN properties(node) AS props, labels(node) AS labels
