// Events filtered by type, overlap with [from, to], a participant in any role and the place they occurred in.
// Null parameters match all; an undated event never matches a date filter.
MATCH (e:Event)
WHERE ($types IS NULL OR e.eventType IN $types)
  AND ($from IS NULL OR (e.dateEnd IS NOT NULL AND e.dateEnd >= $from))
  AND ($to IS NULL OR (e.dateStart IS NOT NULL AND e.dateStart <= $to))
  AND ($participantId IS NULL OR EXISTS { (e)-[:KILLED|LEADS|MEMBER_OF|ANNOUNCED|ATTACKED|LOCATED_IN|SUCCEEDED|CARRIED_OUT|TARGETED|OCCURRED_IN]-(p) WHERE p.id = $participantId })
  AND ($placeId IS NULL OR EXISTS { (e)-[:OCCURRED_IN]->(:Entity {id: $placeId}) })
RETURN properties(e) AS props
