import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EDGE_TYPES, NODE_LABELS } from '../../src/model/vocabulary';
import { CYPHER_DIR, MERGE_EDGE_QUERY, QUERY_NAMES, loadQuery, schemaStatements } from '../../src/store/neo4j/queries';

interface Diagnostic {
  severity?: number;
  message: string;
}
interface Linter {
  lintCypherQuery(query: string, schema: object): { diagnostics: Diagnostic[] };
  isNotParamError(diagnostic: Diagnostic): boolean;
}

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? cypherFiles(path.join(dir, e.name)) : e.name.endsWith('.cypher') ? [path.join(dir, e.name)] : []))
    .sort();
}

/** The text without `//` comments and string literals, so only Cypher syntax is inspected. */
function code(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .join('\n')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

const files = cypherFiles(CYPHER_DIR);
const relative = (file: string) => path.relative(CYPHER_DIR, file);

describe('cypher files', () => {
  let linter: Linter;
  beforeAll(async () => {
    // Neo4j's own parser; loaded once (~1 s).
    linter = (await import('@neo4j-cypher/language-support')) as Linter;
  });

  it('finds the schema, the store queries and the Browser queries', () => {
    const names = files.map(relative);
    expect(names).toContain('schema.cypher');
    expect(names.filter((n) => n.startsWith('store/')).length).toBe(QUERY_NAMES.length);
    expect(names.filter((n) => n.startsWith('queries/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.map((f) => [relative(f), f]))('%s parses with Neo4j’s parser without errors', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const errors = linter
      .lintCypherQuery(text, {})
      .diagnostics.filter((d) => d.severity === 1 && linter.isNotParamError(d))
      .map((d) => d.message);
    expect(errors).toEqual([]);
  });

  it('rejects a query with a syntax error or an undefined variable (the check itself works)', () => {
    const bad = (q: string) => linter.lintCypherQuery(q, {}).diagnostics.filter((d) => d.severity === 1 && linter.isNotParamError(d));
    expect(bad('MATCH (n:Person RETURN n')).not.toHaveLength(0);
    expect(bad('MATCH (n:Person) RETURN m')).not.toHaveLength(0);
    expect(bad('MATCH (n:Person {id: $id}) RETURN n')).toHaveLength(0);
  });

  it.each(files.map((f) => [relative(f), f]))('%s has no interpolation markers or text-built labels', (_name, file) => {
    const text = code(readFileSync(file, 'utf8'));
    expect(text).not.toMatch(/\$\{|\{\{|%s|\+\s*''|''\s*\+/);
    // Dynamic labels/types (`:$(...)`) and APOC's label builders take text; the store never does.
    expect(text).not.toMatch(/:\s*\$\(|apoc\.(create|merge)\.|apoc\.cypher\./i);
  });

  it('uses only vocabulary labels and relationship types in every query', () => {
    // Entity (every Person/Group/Place) and Curation (recorded merge/split actions) are store-internal.
    const labels = new Set<string>([...NODE_LABELS, 'Entity', 'Curation']);
    const types = new Set<string>([...EDGE_TYPES, 'MENTIONS']);
    for (const file of files.filter((f) => !f.endsWith('schema.cypher'))) {
      const text = code(readFileSync(file, 'utf8'));
      // A quoted label (:`Name`) counts too, so quoting cannot slip a name past this check.
      for (const m of text.replace(/:`(\w+)`/g, ':$1').matchAll(/(?<![\w.`])\w*:([A-Z][A-Za-z_|:]*)/g)) {
        for (const name of (m[1] ?? '').split(/[|:]/).filter(Boolean)) {
          const known = labels.has(name) || types.has(name);
          if (!known) throw new Error(`${relative(file)} uses ${name}, which is not in the vocabulary`);
        }
      }
    }
  });

  it('loads every store query by name, and each is parameterised', () => {
    for (const name of QUERY_NAMES) {
      const text = loadQuery(name);
      expect(text.length).toBeGreaterThan(0);
      if (!['stats', 'list-edges', 'last-ingest'].includes(name)) expect(code(text)).toMatch(/\$[a-zA-Z]/);
    }
  });

  it('has one edge upsert per relationship type, identical apart from the type', () => {
    const template = loadQuery('merge-edge-killed');
    for (const type of EDGE_TYPES) {
      const text = loadQuery(MERGE_EDGE_QUERY[type]);
      expect(text).toContain(`[r:${type} {id: row.id}]`);
      expect(text.replaceAll(type, 'KILLED')).toBe(template);
    }
  });

  it('lists exactly the vocabulary’s edge types where queries match any edge', () => {
    for (const name of ['read-edges', 'list-edges', 'list-events'] as const) {
      const match = /\[r?:((?:[A-Z_]+\|)+[A-Z_]+)\]/.exec(loadQuery(name));
      expect(match?.[1]?.split('|').sort()).toEqual([...EDGE_TYPES].sort());
    }
    const stats = loadQuery('stats');
    for (const type of EDGE_TYPES) expect(stats).toContain(`${type}: COUNT { ()-[:${type}]->() }`);
  });

  it('creates idempotently a uniqueness constraint per label and the entityNames full-text index', () => {
    const statements = schemaStatements();
    expect(statements.every((s) => /IF NOT EXISTS/.test(s))).toBe(true);
    for (const label of [...NODE_LABELS, 'Entity']) {
      expect(statements.some((s) => new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`).test(s))).toBe(true);
    }
    const names = statements.find((s) => s.includes('FULLTEXT INDEX entityNames'));
    expect(names).toMatch(/n\.name, n\.aliases/);
  });
});
