// Facts only one article supports (supportCount = 1): relations and events to corroborate before relying on
// them, with the outlet and the sentence that carries each.
MATCH (s)-[r:KILLED|LEADS|MEMBER_OF|ANNOUNCED|ATTACKED|LOCATED_IN|SUCCEEDED|CARRIED_OUT|TARGETED|OCCURRED_IN]->(t)
WHERE r.supportCount = 1
MATCH (a:Article {id: r.sources[0]})
RETURN type(r) AS fact, s.name AS subject, t.name AS object, a.outlet AS outlet, a.title AS article,
  r.statuses[0] AS status, r.evidenceTexts[0] AS evidence
UNION ALL
MATCH (e:Event)
WHERE e.supportCount = 1
MATCH (a:Article {id: e.sources[0]})
RETURN e.eventType AS fact, e.name AS subject, e.dateStart AS object, a.outlet AS outlet, a.title AS article,
  e.statuses[0] AS status, e.evidenceTexts[0] AS evidence
