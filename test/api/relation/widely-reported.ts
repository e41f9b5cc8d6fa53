/**
 * A fact reported by many articles: `count` articles from three outlets each state that the same commander
 * leads the same group, and report his killing, so the relation and the event carry one evidence sentence,
 * one status and one source per article.
 */
import type { ArticleWrite } from '../../../src/store/graph-store';
import { article, edge, entity, event, evidence } from '../fixtures';

/** Ids of the widely reported graph's nodes. */
export const WIDE = { commander: 'p_wide_commander', group: 'g_wide_front', killing: 'v_wide_killing' } as const;

/** Outlets the articles come from, in turn. */
export const WIDE_OUTLETS = ['Reuters', 'AP', 'AFP'] as const;

/** `count` articles (ids `a_wide_00`, `a_wide_01`, …) reporting one LEADS relation and one killing. */
export function widelyReported(count: number): ArticleWrite[] {
  return Array.from({ length: count }, (_, n) => {
    const id = `a_wide_${String(n).padStart(2, '0')}`;
    const record = article(
      id,
      `Report ${n}: Omar Haddad, who leads the Northern Front, was killed on Tuesday. ` +
        `Officials confirmed the death in statement ${n}.`,
      { title: `Commander killed (${n})`, outlet: WIDE_OUTLETS[n % WIDE_OUTLETS.length] ?? null, published: '2024-07-02' },
    );
    return {
      article: record,
      contribution: {
        articleId: id,
        entities: [entity(WIDE.commander, 'Person', ['Omar Haddad']), entity(WIDE.group, 'Group', ['Northern Front'])],
        events: [
          event(WIDE.killing, 'Killing', 'Killing of Omar Haddad', { start: '2024-07-02', end: '2024-07-02', text: 'Tuesday' }, [
            evidence(record, 'was killed on Tuesday'),
          ]),
        ],
        edges: [
          edge('LEADS', WIDE.commander, WIDE.group, [evidence(record, 'who leads the Northern Front')], n % 4 === 3 ? 'attributed' : 'stated'),
          edge('TARGETED', WIDE.killing, WIDE.commander, [evidence(record, 'was killed on Tuesday')]),
        ],
      },
    };
  });
}
