// Records each article's contribution to an entity (forms, roles, keys, mention count) on MENTIONS.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Entity {id: row.id})
CREATE (a)-[m:MENTIONS]->(n)
SET m = row.props
