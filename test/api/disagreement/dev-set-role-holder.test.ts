/**
 * The example on the development set: The Hill calls the ISIS leader "Omar al-Baghdadi" where the
 * other outlets say Abu Bakr al-Baghdadi. Both versions are kept, each with its sources, as a ROLE_HOLDER
 * disagreement; the two people stay two nodes.
 */
import { EVAL_DIR, useDevSetApi } from '../../eval/dev-set.helpers';

const describeWithEval = EVAL_DIR ? describe : describe.skip;
if (!EVAL_DIR) console.warn('dev-set role-holder test skipped: ../shared/eval is not beside this checkout');

interface Row {
  kind: string;
  versions: { value: string; entity: { name: string } | null; sources: { outlet: string | null }[] }[];
}

describeWithEval('disagreements over the development set', () => {
  const api = useDevSetApi();

  it('keeps "Omar al-Baghdadi" and "Abu Bakr al-Baghdadi" as two versions of who leads the Islamic State', async () => {
    const result = await api().execute(`{ disagreements(first: 100) { nodes { kind
      versions { value entity { name } sources { outlet } } } } }`);
    expect(result.errors).toBeUndefined();
    const rows = (result.data?.disagreements as { nodes: Row[] }).nodes.filter((d) => d.kind === 'ROLE_HOLDER');
    expect(rows.map((d) => d.versions.map((v) => v.entity?.name))).toEqual([['Abu Bakr al-Baghdadi', 'Omar al-Baghdadi']]);
    const omar = rows[0]?.versions.find((v) => v.value === 'Omar al-Baghdadi');
    expect(omar?.sources).toHaveLength(1);
  });
});
