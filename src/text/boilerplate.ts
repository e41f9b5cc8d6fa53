/**
 * Site chrome removal for text as scraped: UI strings, media widgets, credits, promotional tails, repeated
 * headlines and captions. Works line by line, then groups lines into paragraphs.
 */
import { findDateInText, isFutureDate } from './dates';
import { segmentText } from './segment';

/** Cleaned paragraphs plus what the top of the page stated (a title candidate, a dateline date). */
export interface CleanedText {
  /** Paragraph texts, chrome removed, each one paragraph of the cleaned article. */
  paragraphs: string[];
  /** The first short line without terminal punctuation near the top: the headline when no metadata gives one. */
  title: string | null;
  /** A publication date stated by a dateline or byline at the top ("Published March 25, 2016"), else null. */
  published: string | null;
}

/** Whole lines that are interface text on news sites, compared lower-cased without trailing punctuation. */
const CHROME_LINES = new Set([
  'accessibility links', 'skip to content', 'skip to main content', 'skip to navigation', 'skip navigation',
  'jump to content', 'jump to navigation', 'breaking news', 'please wait', 'loading', 'no media source currently available',
  'direct link', 'share', 'shares', 'share this', 'share this article', 'share this story', 'share this page',
  'share on facebook', 'share on twitter', 'share on whatsapp', 'share on linkedin', 'share via email',
  'share via e-mail', 'tweet', 'email', 'e-mail', 'print', 'print this article', 'print this page', 'whatsapp',
  'facebook', 'twitter', 'linkedin', 'reddit', 'pinterest', 'messenger', 'copy link', 'link copied',
  'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'read more',
  'read more stories', 'continue reading', 'continue reading below', 'show more', 'see more', 'load more',
  'more', 'subscribe', 'subscribe now', 'subscribe today', 'sign in', 'log in', 'login', 'log out',
  'register', 'sign up', 'menu', 'main menu', 'search', 'close', 'toggle navigation', 'navigation', 'home',
  'comments', 'comment', 'leave a comment', 'view comments', 'show comments', 'related', 'related articles',
  'related stories', 'related content', 'related topics', 'related coverage', 'more on this story',
  'most popular', 'most read', 'most viewed', 'trending', 'trending now', 'top stories', 'latest news',
  'watch', 'watch live', 'listen', 'listen to this article', 'play', 'play video', 'pause', 'mute', 'unmute',
  'embed', 'download', 'back to top', 'next', 'previous', 'next article', 'previous article', 'follow us',
  'newsletter', 'newsletters', 'cookie settings', 'accept cookies', 'manage cookies', 'enlarge this image',
  'toggle caption', 'hide caption', 'show caption', 'image caption', 'media caption', 'full screen',
  'fullscreen', 'expand', 'collapse', 'topics', 'tags', 'filed under', 'terms of use', 'privacy policy',
  'contact us', 'about us', 'all rights reserved', 'print page', 'font size', 'text size', 'audio player',
  'video player', 'source', 'source link', 'original article', 'view gallery', 'view image', 'photos',
  'click to enlarge', 'image', 'video', 'audio', 'live', 'opinion', 'analysis', 'world', 'sections',
  'you may also like', 'recommended', 'recommended for you', 'editor\'s picks', 'don\'t miss',
]);

/** Line beginnings that mark interface text or promotional tails, for short lines only. */
const CHROME_PREFIXES: readonly RegExp[] = [
  /^sign up (for|to|now|today)\b/,
  /^(subscribe|register) (to|for|now|today)\b/,
  /^(click|tap) here\b/,
  /^download (the|our) .*\bapp\b/,
  /^get the (latest|app|newsletter)\b/,
  /^follow (us|\S+) on (twitter|facebook|instagram|x|linkedin|threads|bluesky)\b/,
  /^(this (article|story) (was|is|has been) )?(originally|first) (published|appeared)\b/,
  /^the post .* appeared first on\b/,
  /^before it'?s here, it'?s (on|in)\b/,
  /^(have|got) a (news )?tip\b/,
  /^(we want to hear from you|contact the author|send us a tip)\b/,
  /^(copyright|©)\s*(\d{4}|\w)/,
  /^image (copyright|source)\b/,
  /^(photo|photograph|image|picture|file photo|photo credit|credit|video)s?\s*(:|©|\/)/,
  /^(updated|last updated|modified|last modified)\b.*\d/,
  /^(read|see|watch) (more|also|next|the full)\b/,
  /^(related|more|also read|also see|read also)\s*:/,
  /^(source|via|read the original( article)?|original (story|article))\s*:/,
  /^(share|tweet|email) (this|on|via)\b/,
];

/** Breadcrumbs and section trails: "World | Europe", "News › Politics › Elections". */
const BREADCRUMB = /^[^.!?|›»/]{1,30}(\s+[|›»/>]\s+[^.!?|›»/]{1,30})+$/u;

/** Agency and credit words that make a short line a photo credit ("Getty Images", "AFP/Getty", "Reuters/…"). */
const CREDIT_PATTERN =
  /^\s*(photo|photograph|image|picture|credit|photo credit)s?\s*[:©]|\b(photo|photograph|picture|image|video)s?\s+(by|courtesy|credit)\b|getty images|\bshutterstock\b|\b(afp|ap|epa|reuters|anadolu|xinhua|sipa|ap photo)\s*(\/|via)\s*\S|\/\s*(afp|ap|epa|reuters|getty|xinhua|anadolu)\b/i;

/** A cheap first test: a paragraph without any of these words carries no credit. */
const CREDIT_WORDS = /photo|image|picture|video|credit|getty|shutterstock|afp|reuters|epa|xinhua|anadolu|sipa|\bap\b/i;

/** Reporting and editing credits closing agency copy: "(Additional reporting by …; Editing by …)". */
const REPORTING_CREDIT = /^[([]?\s*(additional )?(reporting|writing|editing|compiled|research|translation|translated|produced|graphics)( and \w+)? (by|from)\b/i;

/** A media player's time read-out: "0:00 0:03:41 0:00", "1:23 / 4:56". */
const MEDIA_TIMER = /^(\d{1,2}:)?\d{1,2}:\d{2}(\s*(\/|\s)\s*(\d{1,2}:)?\d{1,2}:\d{2})*$/;

/** A dateline or byline at the top that states when the article was published. */
const DATELINE = /^(published|posted|first published|publication date|date|dated)\s*(on|at|:)?\s*/i;
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*\s*([,|•·–-]\s*.*)?$/u;

/** Words a line may hold at most to count as chrome or a credit: real sentences are longer. */
const SHORT_LINE_WORDS = 14;
/** How far down a headline or dateline is looked for, in kept lines. */
const TOP_LINES = 8;
/** A paragraph shorter than this is never treated as a prefix of a later one (short headings repeat legitimately). */
const MIN_PREFIX_CHARS = 30;
/** The extra text a prefix-duplicate may carry (a credit, a timestamp) before it counts as new content. */
const MAX_PREFIX_EXTRA_CHARS = 120;

const BULLET = /^(?:[•·▪●◦‣*]|[-–—](?=\s))\s*/;

function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The comparison form of a line for chrome lists and duplicate tests. */
function lineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripTrailingPunctuation(key: string): string {
  return key.replace(/[\s.:;,!…»›>|·•-]+$/u, '').replace(/^[\s«‹<|·•-]+/u, '');
}

/** True when a whole line is site chrome: interface strings, media timers, credits, promotional tails. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  const key = stripTrailingPunctuation(lineKey(trimmed));
  if (key.length === 0) return true;
  if (CHROME_LINES.has(key)) return true;
  if (MEDIA_TIMER.test(key)) return true;
  const words = wordCount(key);
  // "(Additional reporting by X in Baghdad; Editing by Y)" is kept as its own paragraph: the places it
  // names count, and the extractor treats its people as credits.
  if (REPORTING_CREDIT.test(key) && words <= 60) return false;
  if (words > SHORT_LINE_WORDS) return false;
  // A lone word is a section label, a menu entry or a widget name: it states no fact.
  if (words === 1 && !/\d/.test(key) && !endsWithTerminal(trimmed)) return true;
  if (words <= 8 && BREADCRUMB.test(key)) return true;
  for (const pattern of CHROME_PREFIXES) if (pattern.test(key)) return true;
  // A short line that is only a credit ("U.S. Marine Corps photo by Cpl. Jane Roe", "AFP/Getty Images").
  if (CREDIT_PATTERN.test(trimmed) && (!endsWithTerminal(trimmed) || words <= 8)) return true;
  return false;
}

/** Removes a photo credit trailing a caption ("… March 18, 2016. U.S. Marine Corps photo by Cpl. Jane Roe"). */
export function stripCreditTail(paragraph: string): string {
  const parenthetical = /\s*[([](?:photo|image|picture|credit|file)[^)\]]{0,80}[)\]]\s*$/i;
  const text = paragraph.replace(parenthetical, '');
  if (!CREDIT_WORDS.test(text)) return text.trimEnd();
  // The segmenter knows "U.S." and "Cpl." do not end sentences, so the last sentence is the whole credit.
  const { sentences } = segmentText(text);
  const last = sentences[sentences.length - 1];
  if (sentences.length < 2 || !last) return text.trimEnd();
  if (wordCount(last.text) <= SHORT_LINE_WORDS && CREDIT_PATTERN.test(last.text)) return text.slice(0, last.start).trimEnd();
  return text.trimEnd();
}

/** Lines as given, with "Image caption"/"Media caption" prefixes dropped so the caption itself stays. */
function stripLinePrefixes(line: string): string {
  return line.replace(/^(image|media|photo) caption\s*:?\s*/i, '');
}

function endsWithTerminal(line: string): boolean {
  return /[.!?…:;]["'”’)\]]*$/u.test(line);
}

function startsLowercase(line: string): boolean {
  return /^\p{Ll}/u.test(line);
}

/**
 * Groups kept lines into paragraphs: blank lines separate paragraphs; inside a block, a hard-wrapped run
 * of long lines is joined, a line continuing in lower case is joined, and other lines (headlines,
 * captions, bullets) stay paragraphs of their own.
 */
function groupLines(block: readonly string[], out: string[]): void {
  const longLines = block.slice(0, -1).filter((l) => l.length >= 50).length;
  const hardWrapped = block.length >= 3 && longLines === block.length - 1;
  let current = '';
  for (const line of block) {
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (current) out.push(current);
      current = '';
      const item = line.slice(bullet[0].length).trim();
      if (item) out.push(item);
      continue;
    }
    if (current && !endsWithTerminal(current) && (hardWrapped || startsLowercase(line))) {
      current = `${current} ${line}`;
      continue;
    }
    if (current) out.push(current);
    current = line;
  }
  if (current) out.push(current);
}

/** Headings of link lists ("Related", "Most read", "Read next:"): the short lines under them are other stories' titles. */
const LINK_LIST_HEADING =
  /^(related( (articles|stories|content|coverage|topics|links))?|more on this story|more from [\p{L} ]{1,30}|most (read|popular|viewed|shared)|read next|also read|read also|see also|you may also like|recommended( for you)?|further reading|trending( now)?|top stories|latest news)$/u;

/** Splits raw text into paragraphs after dropping chrome lines; a dropped line does not split a paragraph. */
function paragraphsOf(raw: string): string[] {
  const out: string[] = [];
  let block: string[] = [];
  // Under a link-list heading ("Related", "Most read", "Read next:"), short lines without a sentence's final
  // stop are other stories' headlines ("Two killed in highway shooting"), not this story's facts.
  let inLinkList = false;
  for (const rawLine of raw.split('\n')) {
    const line = stripLinePrefixes(rawLine.replace(/[ \t\u00a0]+/g, ' ').trim());
    if (line.length === 0) {
      if (block.length) groupLines(block, out);
      block = [];
      continue;
    }
    const key = stripTrailingPunctuation(lineKey(line.replace(BULLET, '')));
    if (LINK_LIST_HEADING.test(key)) {
      inLinkList = true;
      continue;
    }
    if (inLinkList && wordCount(key) <= SHORT_LINE_WORDS && !endsWithTerminal(line)) continue;
    inLinkList = false;
    if (isChromeLine(line)) continue;
    block.push(line);
  }
  if (block.length) groupLines(block, out);
  return out;
}

/** Drops repeated paragraphs and prefix-duplicates (a caption reprinted with its credit), keeping the first copy. */
export function dropRepeats(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const key = lineKey(paragraph);
    if (seen.has(key)) continue;
    const head = key.slice(0, MIN_PREFIX_CHARS);
    const candidates = key.length >= MIN_PREFIX_CHARS ? byPrefix.get(head) : undefined;
    const isPrefixDuplicate = candidates?.some(
      (earlier) =>
        (key.startsWith(earlier) && key.length - earlier.length <= MAX_PREFIX_EXTRA_CHARS) || earlier.startsWith(key),
    );
    if (isPrefixDuplicate) continue;
    seen.add(key);
    if (key.length >= MIN_PREFIX_CHARS) {
      const list = byPrefix.get(head);
      if (list) list.push(key);
      else byPrefix.set(head, [key]);
    }
    kept.push(paragraph);
  }
  return kept;
}

/** The headline among the first paragraphs: a short line without terminal punctuation. */
export function guessTitle(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, TOP_LINES)) {
    const words = wordCount(paragraph);
    if (words < 2 || words > 25 || paragraph.length < 10) continue;
    if (/[.!?…:;,]$/u.test(paragraph)) continue;
    return paragraph;
  }
  return null;
}

/**
 * Takes dateline and byline paragraphs off the top ("Published March 25, 2016", "By Jane Roe | March 25,
 * 2016"), returning the date they state. Captions are never datelines: only short lines that start like a
 * dateline or a byline, or consist of a date alone, count.
 */
function takeDatelines(paragraphs: string[], now: Date): { paragraphs: string[]; published: string | null } {
  let published: string | null = null;
  const kept: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const short = wordCount(paragraph) <= SHORT_LINE_WORDS;
    const top = index < TOP_LINES;
    if (!short || !top) {
      kept.push(paragraph);
      return;
    }
    const isDateline = DATELINE.test(paragraph);
    const isByline = BYLINE.test(paragraph);
    const date = findDateInText(paragraph);
    const dateOnly = date !== null && isBareDate(paragraph);
    if (isByline || ((isDateline || dateOnly) && date !== null)) {
      if (published === null && date !== null && !isFutureDate(date, now)) published = date;
      return;
    }
    kept.push(paragraph);
  });
  return { paragraphs: kept, published };
}

/** True when a line holds a date and nothing else but weekdays, times and separators. */
function isBareDate(line: string): boolean {
  const rest = line
    .replace(/\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?/gi, '')
    .replace(/\b[A-Za-z]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b/, '')
    .replace(/\b\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b/, '')
    .replace(/\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/, '')
    // "5:12 a.m. PT", "18.22 GMT": a clock time, its half of the day and its time zone.
    .replace(/\b\d{1,2}[:.]\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4}\b)?/g, '')
    .replace(/[\s,|•·–-]+/g, '');
  return rest.length === 0;
}

/**
 * A place dateline opening a story: "WASHINGTON —", "PORT CALDWELL —", "BEIRUT, March 25 (Reuters) -",
 * "LONDON (AP) —". The place names where the reporter filed, not what the story is about.
 */
const DATELINE_PREFIX =
  /^\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.]{1,12}(?:\s+\d{1,2})?)?\s*(?:\([^)]{2,30}\))?\s*[—–-]{1,2}\s+(?=[\p{Lu}"“‘'])/u;
/** How many paragraphs from the top may open with a place dateline. */
const DATELINE_PARAGRAPHS = 4;

/**
 * Splits a place dateline off the start of a paragraph, when the rest still opens a sentence: the place
 * ("WASHINGTON", "SANAA, Yemen"; dates and agency marks dropped) and the rest, or null when there is none.
 */
export function splitPlaceDateline(paragraph: string): { place: string; rest: string } | null {
  const match = DATELINE_PREFIX.exec(paragraph);
  if (!match) return null;
  const place = match[0].replace(/[,(].*$/s, '').replace(/[—–-]+\s*$/, '').trim();
  // Only an all-capitals place qualifies: "NATO – the alliance" is a subject, not a dateline.
  if (place.length < 3 || place !== place.toUpperCase() || !/\p{Lu}{3}/u.test(place.replace(/[ .'’-]/g, ''))) return null;
  const rest = paragraph.slice(match[0].length);
  if (rest.length < 20) return null;
  // "SANAA, Yemen —": a state or country after the comma is part of where; a date ("March 25") is not.
  const region = /^[^,(]+,\s*(\p{Lu}[\p{L}.]{1,12}(?:\s+\p{Lu}[\p{L}.]{1,12})?)(?=\s*(?:\(|[—–-]))/u.exec(match[0]);
  const qualifier = region?.[1] && !MONTH_WORD.test(region[1]) ? `, ${region[1]}` : '';
  return { place: `${place}${qualifier}`, rest };
}

/** Month names and abbreviations: "BEIRUT, March 25" has a date after the comma, not a region. */
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Removes a place dateline from the start of a paragraph, when the rest still opens a sentence. */
export function stripPlaceDateline(paragraph: string): string {
  return splitPlaceDateline(paragraph)?.rest ?? paragraph;
}

/** Removes bullet markers, credit tails and chrome inside already-split paragraphs (from HTML or Markdown). */
function tidyParagraph(paragraph: string): string {
  return stripCreditTail(paragraph.replace(BULLET, '').trim());
}

/**
 * Cleans scraped article text: drops site chrome lines, credits, promotional tails, repeated headlines
 * and captions (first copy kept), datelines at the top (their date is returned), and finds a title.
 */
export function cleanArticleText(raw: string, now: Date): CleanedText {
  const grouped = paragraphsOf(raw).map(tidyParagraph).filter((p) => p.length > 0 && !isChromeLine(p));
  const deduplicated = dropRepeats(grouped);
  const { paragraphs: kept, published } = takeDatelines(deduplicated, now);
  // A place dateline stays as its own short paragraph: where the reporter filed is a place the story names.
  const paragraphs = kept.flatMap((p, i) => {
    const split = i < DATELINE_PARAGRAPHS ? splitPlaceDateline(p) : null;
    return split ? [split.place, split.rest] : [p];
  });
  return { paragraphs, title: guessTitle(kept), published };
}
