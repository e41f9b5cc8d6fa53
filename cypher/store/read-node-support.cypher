// How many articles support entity or event nodes, by id (re-resolution reads only this, not whole nodes).
UNWIND $ids AS id
MATCH (n {id: id})
WHERE n:Entity OR n:Event
RETURN id, size(coalesce(n.sources, [])) AS sourceCount,
       CASE WHEN size(coalesce(n.sources, [])) = 1 THEN n.sources[0] ELSE null END AS soleSource
