// What each stored article contributed: entity and event contributions live on its MENTIONS relationships
// (ordered by `ord`), the edges it supports are listed on the Article node (id, type and endpoints).
// The hashes let a write skip an article stored unchanged.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN
  a.id AS id,
  a.contentHash AS contentHash,
  a.contributionHash AS contributionHash,
  COLLECT { MATCH (a)-[m:MENTIONS]->(n:Entity) RETURN {id: n.id, props: properties(m)} } AS entities,
  COLLECT { MATCH (a)-[m:MENTIONS]->(e:Event) RETURN {id: e.id, props: properties(m)} } AS events,
  coalesce(a.edgeIds, []) AS edgeIds,
  coalesce(a.edgeTypes, []) AS edgeTypes,
  coalesce(a.edgeSources, []) AS edgeSources,
  coalesce(a.edgeTargets, []) AS edgeTargets
