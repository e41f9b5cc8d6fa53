// Upserts articles: metadata, cleaned text, sentence offsets and the edges each one supports.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props
