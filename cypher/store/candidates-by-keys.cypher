// Resolution candidates: entities indexed under any of the blocking keys. $lucene is built from $keys,
// every key quoted and escaped; only exact key matches count. The contract's rule (GraphStore,
// MAX_FUZZY_BLOCK): a key shared by more than $maxFuzzyBlock nodes is ignored unless it starts with one of
// $alwaysUsedPrefixes (exact names, lexicon ids), exactly as the embedded store does.
CALL db.index.fulltext.queryNodes('entityKeys', $lucene) YIELD node
WITH collect(node) AS nodes
UNWIND $keys AS key
WITH key, [n IN nodes WHERE key IN coalesce(n.keys, [])] AS block
WHERE size(block) <= $maxFuzzyBlock OR any(prefix IN $alwaysUsedPrefixes WHERE key STARTS WITH prefix)
UNWIND block AS node
WITH DISTINCT node
RETURN properties(node) AS props, labels(node) AS labels
