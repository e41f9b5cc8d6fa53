import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { toGraphml, xmlEscape } from '../../src/export/graphml';
import { awkwardSnapshot } from '../store/neo4j/snapshot-fixture';

function parse(xml: string) {
  return cheerio.load(xml, { xml: true });
}

describe('toGraphml', () => {
  const snapshot = awkwardSnapshot();
  const xml = toGraphml(snapshot);
  const $ = parse(xml);

  it('declares every attribute once with its GraphML type', () => {
    const keys = $('key')
      .toArray()
      .map((k) => `${k.attribs.for}:${k.attribs['attr.name']}:${k.attribs['attr.type']}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['node:label:string', 'node:supportCount:int', 'edge:weight:double', 'edge:evidence:string']));
    const declared = new Set($('key').toArray().map((k) => k.attribs.id));
    for (const d of $('data').toArray()) expect(declared.has(d.attribs.key)).toBe(true);
  });

  it('writes entities and events as nodes and edges between them, dropping edges to absent nodes', () => {
    expect($('graph').attr('edgedefault')).toBe('directed');
    expect($('node').toArray().map((n) => n.attribs.id)).toEqual(['ev-kill', 'g-is', 'p-carter', 'p-imam']);
    expect($('edge').toArray().map((e) => `${e.attribs.source}->${e.attribs.target}`)).toEqual([
      'p-carter->ev-kill',
      'p-imam->g-is',
      'ev-kill->p-imam',
    ]);
  });

  it('round-trips awkward text: escaped markup and quotes, lists joined with "; ", control characters dropped', () => {
    const imam = $('node[id="p-imam"]');
    const value = (scope: typeof imam, key: string) => scope.find(`data[key="${key}"]`).text();
    expect(value(imam, 'n_label')).toBe('Haji Imam');
    expect(value(imam, 'n_aliases')).toBe('Abd al-Rahman; al-Qaduli; Haji Iman');
    expect(value(imam, 'n_roles')).toBe('finance "minister"');
    expect(value(imam, 'n_outlets')).toBe('Bloomberg; Reuters');
    expect(value(imam, 'n_support')).toBe('2');
    const kill = $('node[id="ev-kill"]');
    expect(value(kill, 'n_date_start')).toBe('2016-03-24');
    expect(value(kill, 'n_statuses')).toBe('a1: stated; a2: hedged');
    const targeted = $('edge[source="ev-kill"]');
    expect(value(targeted, 'e_evidence')).toBe('US forces & "allies" killed him <today>.; Text of a2.');
    expect(value(targeted, 'e_weight')).toBe('2');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('&lt;today&gt;');
  });

  it('is deterministic whatever the order of the snapshot', () => {
    const shuffled = { ...snapshot, entities: [...snapshot.entities].reverse(), edges: [...snapshot.edges].reverse() };
    expect(toGraphml(shuffled)).toBe(xml);
  });

  it('escapes all five XML special characters', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  // Debian's networkx, when installed, is the reader the notebook uses: check it reads the file as written.
  const python = '/usr/bin/python3';
  const probe = spawnSync(python, ['-c', 'import networkx'], { encoding: 'utf8' });
  const reason = probe.error ? `${python} not found` : probe.status !== 0 ? 'networkx is not installed for /usr/bin/python3' : null;
  if (reason) {
    it.skip(`networkx reads it back (skipped: ${reason})`, () => undefined);
  } else {
    it('is read back by networkx with typed attributes', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-graphml-'));
      try {
        const file = path.join(dir, 'graph.graphml');
        writeFileSync(file, xml);
        const script = [
          'import json, sys, networkx as nx',
          'g = nx.read_graphml(sys.argv[1])',
          'n = g.nodes["p-imam"]',
          'e = g.edges["ev-kill", "p-imam"]',
          'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "support": n["supportCount"], "weight": e["weight"], "aliases": n["aliases"]}))',
        ].join('\n');
        const run = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout)).toEqual({ nodes: 4, edges: 3, support: 2, weight: 2.0, aliases: 'Abd al-Rahman; al-Qaduli; Haji Iman' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
