/**
 * Words that are capitalised in news text without being names: calendar words, pronouns, common
 * sentence-initial words, and page chrome; plus English stopwords. All lower case.
 */

/** A set of the whitespace-separated words of a text block (the lexicon files' compact list format). */
export function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((w) => w.length > 0));
}

/** Weekday names and their abbreviations. */
export const WEEKDAYS: ReadonlySet<string> = wordSet(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/**
 * Month names and abbreviations. "April", "June", "May" and "August" are also given names; they are kept out
 * of GIVEN_NAMES (names.ts) because as capitalised words in news they are far more often months.
 */
export const MONTHS: ReadonlySet<string> = wordSet(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Personal, possessive, demonstrative, relative and interrogative pronouns. */
export const PRONOUNS: ReadonlySet<string> = wordSet(`
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her
hers herself it its itself they them their theirs themselves this that these those who whom whose which what
whoever whatever whichever anyone anybody anything everyone everybody everything someone somebody something
no-one nobody nothing one ones
`);

/** English function words (articles, prepositions, conjunctions, auxiliaries, common adverbs). */
export const STOPWORDS: ReadonlySet<string> = wordSet(`
a an the and or nor but so yet for of in on at to from by with without within into onto upon about above
below under over after before during since until till while as than then though although because if unless
whether whereas where when why how whereby wherein not no yes also too very just only even still already
again ever never always often sometimes soon later earlier now here there is am are was were be been being
have has had having do does did doing done will would shall should can could may might must ought let
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her
hers herself it its itself they them their theirs themselves this that these those who whom whose which what
all any both each either neither few many more most much other others some such same own several
up down out off through across against along among amongst around behind beside besides between beyond
despite except inside outside near per via toward towards underneath unlike versus vs amid amidst
there's it's he's she's that's what's who's let's i'm i've i'd i'll we're we've we'd we'll you're you've
they're they've they'd they'll isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't cannot
couldn't shouldn't hasn't haven't hadn't mustn't
`);

/**
 * Words often capitalised at the start of a sentence or heading that are never names on their own:
 * adverbs, discourse markers, determiners, common verbs and nouns of news prose.
 */
export const SENTENCE_INITIAL_WORDS: ReadonlySet<string> = wordSet(`
the a an and but or so yet for nor however meanwhile moreover furthermore nevertheless nonetheless therefore
thus hence instead indeed still also although though while whereas because since after before during when
whenever where wherever if unless until once as in on at by from to with without within into of about over
under among between through across against despite according asked told said says added noted explained
this that these those there here it its he she they we you i his her their our my your
some many most several few all both each every any no none another other such much more less
one two three four five six seven eight nine ten first second third last next final early late earlier later
today yesterday tomorrow tonight now then recently currently previously initially eventually finally
officials official authorities sources source analysts experts witnesses residents critics supporters
people police troops forces soldiers fighters militants rebels insurgents lawmakers leaders members
yes well oh please thanks thank sorry dear hello hi
new old former current senior top chief deputy acting interim
read watch listen see click share follow subscribe sign log join login register
breaking exclusive update updated analysis opinion editorial commentary
how why what who which whose whom
not never always often perhaps maybe probably possibly likely unlikely certainly clearly obviously
speaking asked asking saying writing reporting born
even only just again already almost nearly about around roughly approximately
`);

/**
 * Site chrome, credits and furniture words around article text ("Advertisement", "Photo", "Getty").
 * Social networks are left out on purpose: they are also companies that stories are about.
 */
export const NEWS_CHROME_WORDS: ReadonlySet<string> = wordSet(`
advertisement advertising sponsored promoted ad ads photo photos photograph photographer image images video
videos caption credit credits file getty afp/getty pool handout courtesy via copyright reserved rights
share shares shared tweet retweet email print comment comments comment reply replies subscribe
subscription newsletter newsletters sign login logout register menu search home homepage section sections
related recommended trending popular latest more most read watch listen play pause next previous prev
continue reading story stories article articles page pages posted published updated modified byline
wire wires editor editors note correction corrections clarification privacy policy terms cookie
cookies contact about careers help feedback rss feed podcast podcasts gallery slideshow live blog
topics tags tag filed
`);

/**
 * Capitalised words that are not names on their own: the union of the sets above. A multi-word name may
 * still contain one ("New York", "The Hill"): lexicon lookups of whole spans come first.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...PRONOUNS,
  ...SENTENCE_INITIAL_WORDS,
  ...NEWS_CHROME_WORDS,
  ...STOPWORDS,
]);

/** True when a word (any case, trailing punctuation ignored) is a known non-name ("However", "Friday"). */
export function isNonNameWord(word: string): boolean {
  return NON_NAME_WORDS.has(word.toLowerCase().replace(/[.,;:!?"')\]]+$/, '').replace(/[\u2019]/g, "'"));
}
