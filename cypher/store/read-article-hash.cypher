// Content hash of the stored version of an article.
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash
