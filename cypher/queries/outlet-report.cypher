// Everything one outlet reported: its articles, newest first, with the events and entities each mentions
// and the relations it supports. Set the outlet first:  :param outlet => 'Reuters'
MATCH (a:Article)
WHERE toLower(a.outlet) = toLower($outlet)
RETURN a.published AS published, a.title AS title, a.url AS url,
  COLLECT { MATCH (a)-[:MENTIONS]->(e:Event) RETURN e.name } AS events,
  COLLECT { MATCH (a)-[:MENTIONS]->(n:Entity) RETURN n.name } AS entities,
  a.edgeTypes AS relations
ORDER BY published DESC, title
