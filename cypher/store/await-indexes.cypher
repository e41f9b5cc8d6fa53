// Waits until every index is online, so the first search after init() sees the full-text indexes.
CALL db.awaitIndexes($timeoutSeconds)
