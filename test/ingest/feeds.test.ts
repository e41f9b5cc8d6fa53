import { looksLikeFeed, parseFeed } from '../../src/ingest/feeds';

describe('parseFeed', () => {
  it('reads RSS 2.0 items in order with CDATA titles, full content, dates and permalink guids', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour  Gazette</title><link>https://gazette.example/</link>
<item><title><![CDATA[Port strike ends & talks resume]]></title><link>https://gazette.example/a/1</link>
<pubDate>Fri, 25 Mar 2016 10:00:00 GMT</pubDate><description>Short.</description>
<content:encoded><![CDATA[<p>Dock workers <b>returned</b>.</p>]]></content:encoded></item>
<item><title>Second</title><guid isPermaLink="true">https://gazette.example/a/2</guid><dc:date>2016-03-26T07:00:00Z</dc:date></item>
<item><title>Third</title><guid isPermaLink="false">tag:gazette,3</guid><link>/a/3</link></item>
</channel></rss>`,
      'https://gazette.example/feed.xml',
    );
    expect(feed).toEqual({
      kind: 'rss',
      title: 'Harbour Gazette',
      link: 'https://gazette.example/',
      items: [
        {
          title: 'Port strike ends & talks resume',
          link: 'https://gazette.example/a/1',
          published: '2016-03-25',
          content: '<p>Dock workers <b>returned</b>.</p>',
          summary: 'Short.',
        },
        { title: 'Second', link: 'https://gazette.example/a/2', published: '2016-03-26', content: null, summary: null },
        { title: 'Third', link: 'https://gazette.example/a/3', published: null, content: null, summary: null },
      ],
    });
  });

  it('reads Atom entries: alternate links resolved against the feed, html and xhtml content, published before updated', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Valley Wire</title>
<link rel="self" href="https://wire.example/atom.xml"/><link href="https://wire.example/"/>
<entry><title>One</title><link rel="enclosure" href="https://wire.example/one.mp3"/><link href="/news/one"/>
<updated>2020-05-02T00:00:00Z</updated><published>2020-05-01T23:00:00Z</published>
<content type="html">&lt;p&gt;Escaped &amp;amp; unescaped&lt;/p&gt;</content></entry>
<entry><title>Two</title><link rel="alternate" href="https://wire.example/news/two"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline markup</p></div></content>
<summary>Plain &lt;text&gt;</summary></entry>
</feed>`,
      'https://wire.example/atom.xml',
    );
    expect(feed?.kind).toBe('atom');
    expect(feed?.title).toBe('Valley Wire');
    expect(feed?.link).toBe('https://wire.example/');
    expect(feed?.items.map((i) => [i.link, i.published])).toEqual([
      ['https://wire.example/news/one', '2020-05-01'],
      ['https://wire.example/news/two', null],
    ]);
    expect(feed?.items[0]?.content).toBe('<p>Escaped &amp; unescaped</p>');
    expect(feed?.items[1]?.content).toContain('<p>Inline markup</p>');
    // Atom text is text: markup-like characters stay escaped.
    expect(feed?.items[1]?.summary).toBe('<p>Plain &lt;text&gt;</p>');
  });

  it('reads RSS 1.0 (RDF) items that sit beside the channel', () => {
    const feed = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://r.example/"><title>RDF News</title><link>https://r.example/</link></channel>
<item rdf:about="https://r.example/x"><title>X</title><link>https://r.example/x</link></item></rdf:RDF>`);
    expect(feed?.kind).toBe('rdf');
    expect(feed?.items.map((i) => i.link)).toEqual(['https://r.example/x']);
  });

  it('never expands entities declared in a DOCTYPE, internal or external', () => {
    const feed = parseFeed(`<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T &b; &x;</title><item><title>&x;</title><link>https://e.example/1</link></item></channel></rss>`);
    expect(feed?.title).toBe('T &b; &x;');
    expect(feed?.items[0]?.title).toBe('&x;');
  });

  it('drops links that are not http(s) and returns null for documents that are not feeds', () => {
    const feed = parseFeed('<rss><channel><item><link>javascript:alert(1)</link></item></channel></rss>');
    expect(feed?.items[0]?.link).toBeNull();
    expect(parseFeed('<html><body><p>Not a feed</p></body></html>')).toBeNull();
    expect(parseFeed('')).toBeNull();
  });
});

describe('looksLikeFeed', () => {
  it('trusts feed media types and sniffs the root element of generic XML, HTML or text responses', () => {
    expect(looksLikeFeed('application/atom+xml', '')).toBe(true);
    expect(looksLikeFeed('text/xml', '<?xml version="1.0"?>\n<!-- feed --><rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('text/html', '\ufeff<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('', '<!DOCTYPE rss [<!ENTITY a "b">]><rss>')).toBe(true);
    expect(looksLikeFeed('text/html', '<!doctype html><html><body><rss>')).toBe(false);
    expect(looksLikeFeed('image/svg+xml', '<rss>')).toBe(false);
  });
});
