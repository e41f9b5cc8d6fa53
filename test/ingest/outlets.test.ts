import { outletFromUrl, registrableDomain } from '../../src/ingest/outlets';

describe('outletFromUrl', () => {
  it.each([
    ['http://feeds.reuters.com/~r/reuters/topNews/story01.htm', 'Reuters'],
    ['https://www.bloomberg.com/news/articles/x', 'Bloomberg'],
    ['https://thehill.com/policy/defense/x', 'The Hill'],
    ['https://www.voanews.com/a/x.html', 'Voice of America'],
    ['https://www.defenseone.com/threats/2016/03/x/', 'Defense One'],
    ['https://www.bbc.co.uk/news/world-123', 'BBC'],
    ['https://abcnews.go.com/Politics/x', 'ABC News'],
  ])('names %s as %s', (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });

  it('falls back to the bare registrable domain', () => {
    expect(outletFromUrl('https://www.smalltownnews.example/story')).toBe('smalltownnews.example');
    expect(outletFromUrl('https://news.localpaper.co.uk/story')).toBe('localpaper.co.uk');
  });

  it('gives null for values that are not web addresses', () => {
    expect(outletFromUrl('not a url')).toBeNull();
    expect(outletFromUrl('ftp://files.example/x')).toBeNull();
  });
});

describe('registrableDomain', () => {
  it('keeps three labels under two-letter country second-level domains', () => {
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('feeds.reuters.com')).toBe('reuters.com');
  });
});
