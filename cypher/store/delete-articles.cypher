// Removes retracted articles (their contributions were removed first).
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
