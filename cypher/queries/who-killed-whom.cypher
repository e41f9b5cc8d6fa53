// Who killed whom, with the evidence sentences and the articles that say so. Killings are stored two ways:
// a direct KILLED relation, and a Killing event (actor -CARRIED_OUT-> event -TARGETED-> victim), whose
// actor may be unknown. Statuses tell whether a source states, hedges, attributes or disputes it.
MATCH (killer:Entity)-[k:KILLED]->(victim:Entity)
RETURN killer.name AS killer, victim.name AS victim, null AS event, null AS date,
  k.sources AS sources, k.statuses AS statuses, k.evidenceTexts AS evidence
UNION ALL
MATCH (e:Event {eventType: 'Killing'})-[:TARGETED]->(victim:Entity)
OPTIONAL MATCH (killer:Entity)-[:CARRIED_OUT]->(e)
RETURN killer.name AS killer, victim.name AS victim, e.name AS event, e.dateStart AS date,
  e.sources AS sources, e.statuses AS statuses, e.evidenceTexts AS evidence
