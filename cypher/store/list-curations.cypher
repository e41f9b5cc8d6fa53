// Curation actions, oldest first; only those not undone when $activeOnly is true (what the resolver needs).
// `Curation` is a store-internal label like `Entity`, not a graph vocabulary label: see the curation report.
MATCH (c:`Curation`)
WHERE NOT $activeOnly OR c.undoneAt IS NULL
RETURN properties(c) AS props
ORDER BY c.at, c.id
