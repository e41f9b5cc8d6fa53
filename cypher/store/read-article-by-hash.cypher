// A stored article with this content hash (the smallest id when several share it).
MATCH (a:Article {contentHash: $contentHash})
RETURN a.id AS id
ORDER BY id
LIMIT 1
