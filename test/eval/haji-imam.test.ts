/**
 * The end-to-end issue's GraphQL bar on the development set: a search for "Haji Imam" finds one person who
 * carries the spellings the outlets use, and the KILLED edge with evidence sentences from several outlets.
 */
import { EVAL_DIR, useDevSetApi } from './dev-set.helpers';

const describeWithEval = EVAL_DIR ? describe : describe.skip;
if (!EVAL_DIR) console.warn('Haji Imam GraphQL test skipped: ../shared/eval is not beside this checkout');

interface Hit {
  entity: {
    id: string;
    label: string;
    name: string;
    aliases: string[];
    relations: { nodes: { type: string; source: { id: string } | null; outletCount: number; evidence: { totalCount: number; nodes: { articleId: string; text: string }[] } }[] };
  };
}

describeWithEval('GraphQL over the development set', () => {
  const api = useDevSetApi();

  it('finds Haji Imam as one person with the aliases the outlets use and the KILLED edge with evidence from several outlets', async () => {
    const result = await api().execute(
      `query ($text: String!) {
        search(text: $text, types: [PERSON], first: 5) {
          nodes { entity { id label name aliases
            ... on Person { relations(direction: IN, types: [KILLED], first: 3) { nodes {
              type source { id } outletCount evidence(first: 20) { totalCount nodes { articleId text } } } } } } }
        }
      }`,
      { text: 'Haji Imam' },
    );
    expect(result.errors).toBeUndefined();
    const hits = ((result.data?.search as { nodes: Hit[] }).nodes ?? []).map((h) => h.entity);
    const forms = (e: Hit['entity']) => [e.name, ...e.aliases].map((f) => f.toLowerCase());
    const imams = hits.filter((e) => forms(e).some((f) => f.includes('imam') || f.includes('iman') || f.includes('qaduli')));
    expect(imams).toHaveLength(1);
    const imam = imams[0]!;
    expect(imam.label).toBe('PERSON');
    for (const spelling of ['Haji Imam', 'Haji Iman', 'Hami Imam', 'Abd al-Rahman Mustafa al-Qaduli']) {
      expect(forms(imam)).toContain(spelling.toLowerCase());
    }
    const killed = imam.relations.nodes.filter((r) => r.type === 'KILLED');
    expect(killed.length).toBeGreaterThan(0);
    const articles = new Set(killed.flatMap((r) => r.evidence.nodes.map((e) => e.articleId)));
    expect(articles.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...killed.map((r) => r.outletCount))).toBeGreaterThanOrEqual(2);
  });
});
