// Curation actions, oldest first; only those not undone when $activeOnly is true (what the resolver needs).
// Curation is a store-internal label (recorded merge/split actions), like Entity.
MATCH (c:Curation)
WHERE NOT $activeOnly OR c.undoneAt IS NULL
RETURN properties(c) AS props
ORDER BY c.at, c.id
