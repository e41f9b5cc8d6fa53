// Node counts by label and edge counts by type, all answered from Neo4j's count store.
RETURN
  {
    Person: COUNT { (:Person) },
    Group: COUNT { (:Group) },
    Place: COUNT { (:Place) },
    Event: COUNT { (:Event) }
  } AS nodes,
  {
    KILLED: COUNT { ()-[:KILLED]->() },
    LEADS: COUNT { ()-[:LEADS]->() },
    MEMBER_OF: COUNT { ()-[:MEMBER_OF]->() },
    ANNOUNCED: COUNT { ()-[:ANNOUNCED]->() },
    ATTACKED: COUNT { ()-[:ATTACKED]->() },
    LOCATED_IN: COUNT { ()-[:LOCATED_IN]->() },
    SUCCEEDED: COUNT { ()-[:SUCCEEDED]->() },
    CARRIED_OUT: COUNT { ()-[:CARRIED_OUT]->() },
    TARGETED: COUNT { ()-[:TARGETED]->() },
    OCCURRED_IN: COUNT { ()-[:OCCURRED_IN]->() }
  } AS edges,
  COUNT { (:Article) } AS articles
