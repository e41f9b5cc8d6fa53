/**
 * Content that looks like Cypher, GraphQL or template syntax is data: it is stored and returned verbatim by
 * the embedded store and the GraphQL API, and on the Neo4j path it travels only as query parameters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jConfig } from '../../src/config';
import type { ArticleWrite } from '../../src/store/graph-store';
import type { Neo4jDriverLike, RecordLike, SessionLike, TransactionLike } from '../../src/store/neo4j/driver';
import { luceneKeysQuery, luceneNameQuery, quoteTerm } from '../../src/store/neo4j/lucene';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { CYPHER_DIR, QUERY_NAMES, loadQuery, schemaStatements } from '../../src/store/neo4j/queries';
import { articleFixture, edgeFixture, entityFixture, eventFixture } from '../store/contract';
import { leadershipStory } from './helpers';
import { API_KEY, useHttpApi } from './http-api';

/** Strings that would change a query if anything pasted them into one. */
const HOSTILE = {
  cypherClose: "'}) DETACH DELETE n //",
  cypherDouble: '"}) MATCH (m) DETACH DELETE m RETURN 1 //',
  backticks: '`Person`) SET n:`Admin` WITH n MATCH (x) DETACH DELETE x //',
  param: '$param {id: $id} ${process.env.NEO4J_PASSWORD}',
  call: 'CALL dbms.security.listUsers() YIELD username RETURN username',
  lucene: 'name:* OR keys:(*) AND NOT \\"',
  graphql: '") { __schema { types { name } } } #',
} as const;
const VALUES = Object.values(HOSTILE);

/** An article and contribution in which every text field, name and id carries a hostile string. */
function hostileWrite(): ArticleWrite {
  const articleId = `a_${HOSTILE.cypherClose}`;
  const person = entityFixture(`p_${HOSTILE.backticks}`, 'Person', HOSTILE.cypherClose, [HOSTILE.backticks, HOSTILE.param], { roles: [HOSTILE.call] });
  const group = entityFixture(`g_${HOSTILE.cypherDouble}`, 'Group', HOSTILE.cypherDouble, [HOSTILE.lucene]);
  const text = `${HOSTILE.cypherClose} met ${HOSTILE.cypherDouble}. ${HOSTILE.param} ${HOSTILE.graphql}.`;
  const event = eventFixture(`ev_${HOSTILE.param}`, articleId, 'Appointment', HOSTILE.call, null);
  return {
    article: articleFixture(articleId, { text, title: HOSTILE.graphql, outlet: HOSTILE.backticks, url: `https://x.example/?q=${encodeURIComponent(HOSTILE.cypherClose)}` }),
    contribution: {
      articleId,
      entities: [person, group],
      events: [event],
      edges: [edgeFixture(articleId, 'MEMBER_OF', person.id, group.id), edgeFixture(articleId, 'CARRIED_OUT', event.id, person.id)],
    },
  };
}

describe('hostile strings through the embedded store and GraphQL', () => {
  const useApi = useHttpApi();
  const query = async (q: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    (await useApi().post(JSON.stringify({ query: q, variables }), headers)).json;

  it('ingests an article whose title and text look like Cypher and returns them verbatim', async () => {
    const story = leadershipStory(60);
    const content = `${story.body}\n\nAn analyst wrote ${HOSTILE.cypherClose} and ${HOSTILE.backticks} in a note, then typed ${HOSTILE.param}.`;
    const ingested = await query(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status articleId } }',
      { input: { content, title: HOSTILE.cypherClose, outlet: HOSTILE.backticks } },
      { 'x-api-key': API_KEY },
    );
    expect(ingested).toMatchObject({ data: { ingestArticle: { status: 'INGESTED' } } });
    const id = (ingested as { data: { ingestArticle: { articleId: string } } }).data.ingestArticle.articleId;
    const read = await query('query($id: ID!) { article(id: $id) { title outlet text } }', { id });
    const article = (read as { data: { article: { title: string; outlet: string; text: string } } }).data.article;
    expect(article.title).toBe(HOSTILE.cypherClose);
    expect(article.outlet).toBe(HOSTILE.backticks);
    for (const value of [HOSTILE.cypherClose, HOSTILE.backticks, HOSTILE.param]) expect(article.text).toContain(value);
  });

  it('stores entities named like Cypher and finds them by those names, changing nothing else', async () => {
    const write = hostileWrite();
    await useApi().store.putArticles([write]);
    const before = await useApi().store.stats();
    const person = write.contribution.entities[0];
    const read = await query('query($id: ID!) { entity(id: $id) { id name aliases roles } }', { id: person?.id });
    expect(read).toEqual({
      data: { entity: { id: person?.id, name: HOSTILE.cypherClose, aliases: [HOSTILE.backticks, HOSTILE.param].sort(), roles: [HOSTILE.call] } },
    });
    for (const text of [HOSTILE.cypherClose, HOSTILE.cypherDouble, 'DETACH DELETE']) {
      const found = await query('query($t: String!) { search(text: $t) { nodes { entity { name } } } }', { t: text });
      expect(JSON.stringify(found)).not.toContain('"errors"');
    }
    const hits = await query('query($t: String!) { search(text: $t) { nodes { entity { name } } } }', { t: HOSTILE.cypherDouble });
    expect(hits).toMatchObject({ data: { search: { nodes: expect.arrayContaining([{ entity: { name: HOSTILE.cypherDouble } }]) } } });
    expect(await useApi().store.stats()).toEqual(before);
  });

  it('passes hostile strings inlined in a GraphQL document as string literals only', async () => {
    const literal = JSON.stringify(HOSTILE.graphql);
    const response = await useApi().post(JSON.stringify({ query: `{ search(text: ${literal}) { totalCount } }` }));
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { search: { totalCount: expect.any(Number) } } });
  });
});

interface Recorded {
  query: string;
  params: Record<string, unknown>;
}

/** A driver that records every query and its parameters, answering from `respond`. */
class RecordingDriver implements Neo4jDriverLike {
  readonly calls: Recorded[] = [];
  constructor(private readonly respond: (query: string, params: Record<string, unknown>) => RecordLike[] = () => []) {}
  async verifyConnectivity(): Promise<unknown> {
    return {};
  }
  async close(): Promise<void> {}
  session(): SessionLike {
    const transaction = async <T>(work: (tx: TransactionLike) => Promise<T>): Promise<T> =>
      work({
        run: async (query, params) => {
          this.calls.push({ query, params });
          return { records: this.respond(query, params) };
        },
      });
    return { executeRead: transaction, executeWrite: transaction, close: async () => {} };
  }
}

const NEO4J: Neo4jConfig = { uri: 'bolt://db.example:7687', user: 'neo4j', password: 'not-a-default-secret', database: 'neo4j', batchSize: 100 };

/** Every query the store may send: the files of cypher/store and the statements of schema.cypher. */
const KNOWN_QUERIES = new Set([...QUERY_NAMES.map((name) => loadQuery(name)), ...schemaStatements()]);

describe('hostile strings on the Neo4j path (recording driver)', () => {
  it('sends them only as parameters: every query text is a file of cypher/ verbatim', async () => {
    const driver = new RecordingDriver();
    const store = new Neo4jGraphStore(NEO4J, { driver });
    const write = hostileWrite();
    const ids = [write.article.id, ...write.contribution.entities.map((e) => e.id), ...write.contribution.events.map((e) => e.id)];
    await store.init();
    await store.putArticles([write]);
    await store.articleHash(write.article.id);
    await store.articleIdByHash(HOSTILE.cypherDouble);
    await store.getArticles(ids);
    await store.getEntities(ids);
    await store.getEvents(ids);
    await store.getContributions(ids);
    await store.candidatesByKeys(VALUES);
    await store.listArticles({ outlet: HOSTILE.backticks, from: HOSTILE.param, to: HOSTILE.cypherClose });
    await store.listEvents({ participantId: HOSTILE.cypherClose, placeId: HOSTILE.backticks });
    await store.getEdges({ nodeIds: ids, direction: 'both' });
    for (const text of VALUES) await store.searchEntities({ text, limit: 10 });
    await store.deleteArticle(write.article.id);

    expect(driver.calls.length).toBeGreaterThan(20);
    for (const call of driver.calls) {
      if (!KNOWN_QUERIES.has(call.query)) throw new Error(`a query that is not a cypher/ file was sent: ${call.query.slice(0, 200)}`);
      for (const value of VALUES) expect(call.query).not.toContain(value);
    }
    const params = JSON.stringify(driver.calls.map((c) => c.params));
    for (const value of VALUES) expect(params).toContain(JSON.stringify(value).slice(1, -1));
  });

  it('reads back verbatim the hostile names it wrote', async () => {
    const writer = new RecordingDriver();
    const write = hostileWrite();
    await new Neo4jGraphStore(NEO4J, { driver: writer }).putArticles([write]);
    // What the database would hold: the rows write-entities sent, as nodes with their labels.
    const rows = writer.calls.filter((c) => c.query === loadQuery('write-entities')).flatMap((c) => c.params.rows);
    const nodes = new Map<string, { props: unknown; label: unknown }>();
    for (const row of rows) {
      if (typeof row === 'object' && row !== null && 'id' in row && 'props' in row && 'label' in row) {
        nodes.set(String(row.id), { props: row.props, label: row.label });
      }
    }
    expect(nodes.size).toBe(2);
    const reader = new RecordingDriver((query, params) => {
      if (query !== loadQuery('read-entities') || !Array.isArray(params.ids)) return [];
      return params.ids.flatMap((id: unknown) => {
        const node = nodes.get(String(id));
        const values: Record<string, unknown> = { id, props: node?.props, labels: ['Entity', node?.label] };
        return node ? [{ get: (key: string) => values[key] }] : [];
      });
    });
    const [person, group] = await new Neo4jGraphStore(NEO4J, { driver: reader }).getEntities(write.contribution.entities.map((e) => e.id));
    expect(person).toMatchObject({ name: HOSTILE.cypherClose, aliases: [HOSTILE.backticks, HOSTILE.param].sort(), roles: [HOSTILE.call] });
    expect(group).toMatchObject({ name: HOSTILE.cypherDouble, aliases: [HOSTILE.lucene] });
  });

  it('builds Lucene queries that a hostile search text cannot break out of', () => {
    for (const value of VALUES) {
      const names = luceneNameQuery(value);
      // Only normalised words and the builder's own operators: no field names, quotes, wildcards of the user's.
      expect(names ?? '').toMatch(/^[a-z0-9 ()*~OR]*$/);
      expect(names ?? '').not.toMatch(/[:"\\]/);
      expect(luceneKeysQuery('keys', [value])).toBe(`keys:(${quoteTerm(value)})`);
    }
    // A quote or backslash inside a key cannot end its phrase early.
    expect(quoteTerm('a" OR name:* OR "b')).toBe('"a\\" OR name:* OR \\"b"');
    expect(quoteTerm('end\\')).toBe('"end\\\\"');
  });

  it('keeps every file of cypher/ static: no dynamic execution that could turn a parameter into a query', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.cypher')) files.push(full);
      }
    };
    walk(CYPHER_DIR);
    expect(files.length).toBeGreaterThan(QUERY_NAMES.length);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect({ file, dynamic: /apoc\.(cypher|periodic)\.|apoc\.(create|merge)\.\w+\(\s*\$|\$\{|db\.create|dbms\./i.test(text) }).toEqual({ file, dynamic: false });
    }
    // The store's queries are exactly the files of cypher/store: names form a closed list, nothing is built.
    const storeFiles = readdirSync(path.join(CYPHER_DIR, 'store')).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, ''));
    expect(storeFiles.sort()).toEqual([...QUERY_NAMES].sort());
  });
});
