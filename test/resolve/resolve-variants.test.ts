/**
 * End to end over short articles of our own: extraction, then resolution against a graph built article by
 * article, for each spelling gap seen across outlets. Every pair is one person only with corroboration from
 * what the articles say; the traps stay apart.
 */
import { extractArticle } from '../../src/extract';
import { resolveArticle } from '../../src/resolve';
import { GraphState } from '../../src/store/embedded/graph-state';
import type { ResolutionIndex } from '../../src/model/graph';
import { articleFixture } from '../store/contract';
import { docFromText } from '../extract/helpers';

/** A graph being built article by article, the way the pipeline does it. */
class Graph {
  readonly state = new GraphState();
  readonly index: ResolutionIndex = { candidatesByKeys: async (keys) => this.state.candidates(keys) };

  async ingest(id: string, text: string, published: string | null = '2022-08-02'): Promise<void> {
    const doc = docFromText(text, published, id);
    const contribution = await resolveArticle(doc, extractArticle(doc), this.index);
    this.state.put(articleFixture(id), contribution);
  }

  /** The people whose forms include one of these, each as all its forms, sorted. */
  people(...forms: string[]): string[][] {
    return this.state.entities
      .ids()
      .flatMap((id) => this.state.entities.get(id) ?? [])
      .filter((n) => n.label === 'Person' && [n.name, ...n.aliases].some((f) => forms.includes(f)))
      .map((n) => [n.name, ...n.aliases].sort());
  }
}

describe('resolveArticle over articles: spelling variants of one person', () => {
  it("merges al-Zawahiri and al-Zawahri, each said to lead al-Qaeda", async () => {
    const g = new Graph();
    await g.ingest('a', 'A U.S. drone strike in Kabul killed Ayman al-Zawahiri, the leader of al-Qaeda, officials said on Monday.');
    await g.ingest('b', 'Ayman al-Zawahri, the leader of al Qaeda, was killed by a U.S. drone in Kabul, the White House said.');
    expect(g.people('Ayman al-Zawahiri', 'Ayman al-Zawahri')).toHaveLength(1);
  });

  it('merges Soleimani and Suleimani, each killed by the United States', async () => {
    const g = new Graph();
    await g.ingest('a', 'The United States killed Qassem Soleimani, the commander of the Quds Force, in Baghdad.', '2020-01-03');
    await g.ingest('b', 'A U.S. drone strike killed Gen. Qassim Suleimani near Baghdad airport, officials said.', '2020-01-04');
    expect(g.people('Qassem Soleimani', 'Qassim Suleimani')).toHaveLength(1);
  });

  it('merges Ghaani and Qaani, each named commander of the Quds Force', async () => {
    const g = new Graph();
    await g.ingest('a', 'Iran named Brig. Gen. Esmail Ghaani as the new commander of the Quds Force on Friday.', '2020-01-03');
    await g.ingest('b', 'Esmail Qaani, the new head of the Qods Force, vowed revenge in a speech on Sunday.', '2020-01-05');
    expect(g.people('Esmail Ghaani', 'Esmail Qaani')).toHaveLength(1);
  });

  it("merges 'Yusuf Ben Ali' and 'Yusuf Benali', and al-Maruni and al-Marouni of one group", async () => {
    const g = new Graph();
    await g.ingest(
      'a',
      'An air strike killed Abu Hafs al-Maruni, the commander of the Sons of the Northern Valley. ' +
        'His deputy, Yusuf Ben Ali, will lead the group, the message said.',
      '2024-03-11',
    );
    await g.ingest(
      'b',
      'Karvenia confirmed the death of Abu Hafs al-Marouni, the commander of the Sons of the Northern Valley. ' +
        'Analysts expect his deputy, Yusuf Benali, to take over.',
      '2024-03-08',
    );
    expect(g.people('Yusuf Ben Ali', 'Yusuf Benali')).toHaveLength(1);
    expect(g.people('Abu Hafs al-Maruni', 'Abu Hafs al-Marouni')).toHaveLength(1);
  });

  it('merges a report that leaves out the middle name and spells the surname another way, both of a killing that year', async () => {
    const g = new Graph();
    await g.ingest('a', 'A U.S. drone strike killed Akhtar Mohammad Mansour, the leader of the Taliban, in Pakistan.', '2016-05-22');
    await g.ingest('b', 'Taliban officials confirmed that Akhtar Mansoor was killed in a U.S. drone strike.', '2016-05-25');
    expect(g.people('Akhtar Mohammad Mansour', 'Akhtar Mansoor')).toHaveLength(1);
  });

  it('joins a bare "President Trump" to Donald Trump, both leading the United States that year', async () => {
    const g = new Graph();
    await g.ingest('a', 'U.S. President Donald Trump said the strike killed the commander.', '2020-01-03');
    await g.ingest('b', 'U.S. President Trump said on Sunday that the strike was justified.', '2020-01-05');
    expect(g.people('Donald Trump', 'Trump', 'President Trump')).toHaveLength(1);
  });
});

describe('resolveArticle over articles: different people stay apart', () => {
  it('keeps Hassan and Hussein apart though both lead the same group', async () => {
    const g = new Graph();
    await g.ingest('a', 'Ali Hassan, the leader of the Northern Front, spoke to reporters on Monday.');
    await g.ingest('b', 'Ali Hussein, the leader of the Northern Front, spoke to reporters on Tuesday.');
    expect(g.people('Ali Hassan', 'Ali Hussein')).toHaveLength(2);
  });

  it('keeps a bare surname of another year apart from the full name (two presidents Bush)', async () => {
    const g = new Graph();
    await g.ingest('a', 'U.S. President George H. W. Bush said his country would defend Kuwait.', '1990-08-08');
    await g.ingest('b', 'U.S. President Bush said his country would invade Iraq.', '2003-03-18');
    expect(g.people('George H. W. Bush', 'Bush', 'President Bush')).toHaveLength(2);
  });

  it('keeps variants of a name apart when nothing the articles say links them', async () => {
    const g = new Graph();
    await g.ingest('a', 'Qassem Soleimani, a poet, read his work in Tehran on Monday.');
    await g.ingest('b', 'Qassim Suleimani, a football coach, praised his team in Basra on Tuesday.');
    expect(g.people('Qassem Soleimani', 'Qassim Suleimani')).toHaveLength(2);
  });
});
