// One entity's timeline: every event it takes part in (as actor, target, place or announcer), in date order,
// with its role and the sources. Set the entity first, by name or alias:  :param name => 'Haji Imam'
MATCH (n:Entity)
WHERE toLower(n.name) = toLower($name) OR toLower($name) IN [alias IN n.aliases | toLower(alias)]
MATCH (n)-[r:KILLED|LEADS|MEMBER_OF|ANNOUNCED|ATTACKED|LOCATED_IN|SUCCEEDED|CARRIED_OUT|TARGETED|OCCURRED_IN]-(e:Event)
RETURN e.dateStart AS date, e.dateText AS dateWords, e.eventType AS type, e.name AS event, type(r) AS role,
  n.name AS entity, e.sources AS sources, e.statuses AS statuses
ORDER BY date, event
