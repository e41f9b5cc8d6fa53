// The leadership of a group: who leads it, who belongs to it (with the roles articles give them) and who
// succeeded whom among them. Set the group first, by name or alias:  :param group => 'Islamic State'
MATCH (g:Group)
WHERE toLower(g.name) = toLower($group) OR toLower($group) IN [alias IN g.aliases | toLower(alias)]
MATCH (p:Person)-[r:LEADS|MEMBER_OF]->(g)
OPTIONAL MATCH (p)-[s:SUCCEEDED]->(predecessor:Person)-[:LEADS|MEMBER_OF]->(g)
RETURN g.name AS group, type(r) AS relation, p.name AS person, p.roles AS roles,
  predecessor.name AS succeeded, r.sources AS sources, r.statuses AS statuses, r.evidenceTexts AS evidence
ORDER BY relation, person
