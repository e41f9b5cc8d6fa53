/** Outlet names for well-known news domains, and the bare domain of any other URL. */

/** Registrable news domains → the outlet's usual name. Matched on the domain and any subdomain of it. */
const NEWS_OUTLETS: Readonly<Record<string, string>> = {
  'reuters.com': 'Reuters',
  'bloomberg.com': 'Bloomberg',
  'thehill.com': 'The Hill',
  'voanews.com': 'Voice of America',
  'defenseone.com': 'Defense One',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'apnews.com': 'Associated Press',
  'ap.org': 'Associated Press',
  'aljazeera.com': 'Al Jazeera',
  'aljazeera.net': 'Al Jazeera',
  'theguardian.com': 'The Guardian',
  'guardian.co.uk': 'The Guardian',
  'cnn.com': 'CNN',
  'foxnews.com': 'Fox News',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'npr.org': 'NPR',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'axios.com': 'Axios',
  'thedailybeast.com': 'The Daily Beast',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'cnbc.com': 'CNBC',
  'afp.com': 'Agence France-Presse',
  'france24.com': 'France 24',
  'dw.com': 'Deutsche Welle',
  'rferl.org': 'Radio Free Europe/Radio Liberty',
  'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph',
  'thetimes.co.uk': 'The Times',
  'dailymail.co.uk': 'Daily Mail',
  'skynews.com': 'Sky News',
  'news.sky.com': 'Sky News',
  'time.com': 'Time',
  'newsweek.com': 'Newsweek',
  'theatlantic.com': 'The Atlantic',
  'militarytimes.com': 'Military Times',
  'defensenews.com': 'Defense News',
  'stripes.com': 'Stars and Stripes',
  'timesofisrael.com': 'The Times of Israel',
  'haaretz.com': 'Haaretz',
  'jpost.com': 'The Jerusalem Post',
  'arabnews.com': 'Arab News',
  'thenationalnews.com': 'The National',
  'middleeasteye.net': 'Middle East Eye',
  'dawn.com': 'Dawn',
  'hindustantimes.com': 'Hindustan Times',
  'timesofindia.indiatimes.com': 'The Times of India',
  'scmp.com': 'South China Morning Post',
  'japantimes.co.jp': 'The Japan Times',
  'abc.net.au': 'ABC News (Australia)',
  'smh.com.au': 'The Sydney Morning Herald',
  'cbc.ca': 'CBC News',
  'theglobeandmail.com': 'The Globe and Mail',
  'euronews.com': 'Euronews',
  'lemonde.fr': 'Le Monde',
  'spiegel.de': 'Der Spiegel',
  'elpais.com': 'El País',
  'businessinsider.com': 'Business Insider',
  'forbes.com': 'Forbes',
  'marketwatch.com': 'MarketWatch',
  'techcrunch.com': 'TechCrunch',
  'theverge.com': 'The Verge',
  'vox.com': 'Vox',
  'huffpost.com': 'HuffPost',
  'huffingtonpost.com': 'HuffPost',
  'kyivindependent.com': 'The Kyiv Independent',
  'tass.com': 'TASS',
  'xinhuanet.com': 'Xinhua',
};

/** Second-level labels under which the registrable domain has three labels ("bbc.co.uk", "smh.com.au"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or']);

/** The host of a URL, lower-cased, without "www."; null when the value is not an http(s) URL. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The registrable domain of a host: "feeds.reuters.com" → "reuters.com", "news.bbc.co.uk" → "bbc.co.uk". */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const second = labels[labels.length - 2] ?? '';
  const keep = SECOND_LEVEL.has(second) && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The outlet behind a URL: a known news domain's name, else the bare registrable domain; null for no URL. */
export function outletFromUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  // Longest match first, so a listed subdomain ("abcnews.go.com") wins over its parent.
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    const outlet = NEWS_OUTLETS[candidate];
    if (outlet) return outlet;
  }
  return registrableDomain(host);
}
