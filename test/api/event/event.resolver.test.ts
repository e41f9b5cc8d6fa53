import 'reflect-metadata';
import { IDS } from '../fixtures';
import { at, codes, useNewsGraphApi } from '../harness';

const api = useNewsGraphApi();

const eventIds = (result: { data: unknown }) => (at(result.data, 'events', 'nodes') as { id: string }[]).map((e) => e.id);

describe('event(id)', () => {
  it('returns one killing reported by two outlets with participants by role, date, figures and sources', async () => {
    const result = await api().execute(
      `query ($id: ID!) { event(id: $id) { id type name supportCount outletCount
        date { start end text precision }
        datesBySource { nodes { articleId date { start end precision } } }
        participants { agents { name } targets { name } places { name } announcers { name } }
        figures { nodes { name value article { outlet } } }
        statuses { nodes { status article { outlet } } }
        sources { nodes { outlet } }
        evidence { nodes { text start end article { text } } } } }`,
      { id: IDS.killing },
    );
    expect(result.errors).toBeUndefined();
    const event = at(result.data, 'event');
    expect(event).toMatchObject({
      id: IDS.killing,
      type: 'KILLING',
      supportCount: 2,
      outletCount: 2,
      // Friday (Reuters) lies within "this week" (AP): the intersection is the day.
      date: { start: '2024-05-10', end: '2024-05-10', precision: 'DAY' },
      participants: {
        agents: [],
        targets: [{ name: 'Abu Khalid al-Masri' }],
        places: [{ name: 'Deir ez-Zor' }],
      },
      figures: { nodes: [{ name: 'killed', value: '3', article: { outlet: 'AP' } }] },
    });
    expect((at(event, 'participants', 'announcers') as { name: string }[]).map((a) => a.name).sort()).toEqual([
      'Lloyd Austin',
      'Pentagon',
    ]);
    const bySource = at(event, 'datesBySource', 'nodes') as { articleId: string; date: { precision: string } }[];
    expect(bySource.find((d) => d.articleId === 'a_ap_raid')?.date.precision).toBe('RANGE');
    for (const item of at(event, 'evidence', 'nodes') as { text: string; start: number; end: number; article: { text: string } }[]) {
      expect(item.article.text.slice(item.start, item.end)).toBe(item.text);
    }
  });

  it('gives a range precision for an event dated only to a month', async () => {
    const result = await api().execute(`{ event(id: "${IDS.resignation}") { date { start end text precision } } }`);
    expect(at(result.data, 'event', 'date')).toEqual({ start: '2024-04-01', end: '2024-04-30', text: 'in April', precision: 'RANGE' });
  });
});

describe('events(...)', () => {
  it('lists every event, most recent first', async () => {
    const result = await api().execute(`{ events { totalCount nodes { id } } }`);
    expect(result.errors).toBeUndefined();
    expect(eventIds(result)).toEqual([IDS.appointment, IDS.killing, IDS.resignation]);
  });

  it('filters by type, accepting one value or a list', async () => {
    const one = await api().execute(`{ events(type: KILLING) { nodes { id } } }`);
    const two = await api().execute(`{ events(type: [APPOINTMENT, RESIGNATION]) { nodes { id } } }`);
    expect(eventIds(one)).toEqual([IDS.killing]);
    expect(eventIds(two).sort()).toEqual([IDS.appointment, IDS.resignation].sort());
  });

  it('filters by date range, place and participant', async () => {
    const may = await api().execute(`{ events(from: "2024-05-01", to: "2024-05-31") { nodes { id } } }`);
    const inDeir = await api().execute(`{ events(place: "${IDS.deir}") { nodes { id } } }`);
    const withReed = await api().execute(`{ events(participant: "${IDS.reed}") { nodes { id } } }`);
    expect(eventIds(may)).toEqual([IDS.killing]);
    expect(eventIds(inDeir)).toEqual([IDS.killing]);
    expect(eventIds(withReed)).toEqual([IDS.resignation]);
  });

  it('reports NOT_FOUND for a participant that does not exist, and BAD_USER_INPUT for an inverted range', async () => {
    const unknown = await api().execute(`{ events(participant: "p_nobody") { nodes { id } } }`);
    const inverted = await api().execute(`{ events(from: "2024-06-01", to: "2024-05-01") { nodes { id } } }`);
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(codes(inverted)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a malformed date with BAD_USER_INPUT', async () => {
    const result = await api().execute(`query ($from: LocalDate) { events(from: $from) { totalCount } }`, { from: '2024-13-45' });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
