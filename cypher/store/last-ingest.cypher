// The latest ingest time among stored articles.
MATCH (a:Article)
WHERE a.ingestedAt IS NOT NULL
RETURN a.ingestedAt AS at
ORDER BY at DESC
LIMIT 1
