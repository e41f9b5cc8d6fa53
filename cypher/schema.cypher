// newsgraph schema, applied statement by statement by Neo4jGraphStore.init(); every statement is idempotent.
// Person, Group and Place nodes also carry the Entity label: MERGE goes through the Entity constraint,
// because an entity's label is an aggregate (a country typed Place by one outlet and Group by another)
// and may change when articles are added or retracted.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE;

// Lookups the store and the Browser queries make.
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX article_outlet_key IF NOT EXISTS FOR (a:Article) ON (a.outletKey);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (a:Article) ON (a.ingestedAt);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.eventType);
CREATE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.dateStart);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Search: words of names and aliases, plus their normalised keys (accents folded, punctuation as spaces).
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases, n.nameKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// Exact lookups by resolver blocking key or normalised name: one whole key per Lucene term.
CREATE FULLTEXT INDEX entityKeys IF NOT EXISTS
FOR (n:Entity) ON EACH [n.keys, n.nameKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
