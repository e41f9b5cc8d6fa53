// Entity nodes, optionally only those with one of $labels.
MATCH (n:Entity)
WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
RETURN properties(n) AS props, labels(n) AS labels
