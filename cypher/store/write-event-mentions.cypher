// Records each article's contribution to an event (date, status, evidence, figures) on MENTIONS.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Event {id: row.id})
CREATE (a)-[m:MENTIONS]->(e)
SET m = row.props
