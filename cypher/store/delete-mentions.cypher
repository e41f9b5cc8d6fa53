// Drops the entity and event contributions of articles about to be replaced or retracted.
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->()
DELETE m
