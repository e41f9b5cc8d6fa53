/**
 * Titles, ranks, honorifics and role nouns written before (or instead of) a name, with what they imply:
 * whether the holder heads something, which organisation the office belongs to when that is unambiguous,
 * and whether a preceding country/place or organisation names what is headed ("Belgian Prime Minister").
 *
 * Name-forming honorifics: "Haji" is not a title here at all, because news usage treats it as part of the
 * name ("Haji Imam", "Haji Iman"; see names.ts NAME_PREFIX_WORDS). "Sheikh", "Mullah", "Mawlawi" and the
 * like are honorifics, but listed in NAME_FORMING_TITLES: when stripping one would leave a single word
 * ("Mullah Omar", "Sheikh Hasina") the title stays part of the name.
 */

/** One title as written before a name (lower case), with the role it implies. */
export interface TitleEntry {
  title: string;
  kind: 'honorific' | 'rank' | 'office' | 'role';
  /** True when the holder heads the organisation (`org`) or the place/organisation named before the title. */
  leads: boolean;
  /** Canonical name (as in organizations.ts) of the organisation the office implies, when unambiguous. */
  org: string | null;
  /** What a preceding qualifier names: a country or other place ("Iraqi", "California"), or an organisation. */
  scope: 'country' | 'org' | null;
}

const DOD = 'U.S. Department of Defense';
const STATE = 'U.S. Department of State';
const TREASURY = 'U.S. Department of the Treasury';
const JUSTICE = 'U.S. Department of Justice';
const DHS = 'U.S. Department of Homeland Security';
const WHITE_HOUSE = 'White House';

// "title;variant;variant|kind|leads|org|scope" — kind h/r/o/l (honorific, rank, office, role), leads 1/0,
// scope c (country or place) / o (organisation) / - (none). Variants share the line's meaning.
const TABLE = `
mr;mister;mr.|h|0||-
mrs;mrs.|h|0||-
ms;ms.|h|0||-
miss|h|0||-
mx|h|0||-
dr;dr.;doctor|h|0||-
prof;prof.;professor|h|0||-
sir|h|0||-
dame|h|0||-
lord|h|0||-
lady|h|0||-
madam;madame;mme|h|0||-
monsieur|h|0||-
herr|h|0||-
frau|h|0||-
senor;señor|h|0||-
senora;señora|h|0||-
rev;rev.;reverend;the rev.;the reverend|h|0||-
father;fr.|h|0||-
rabbi;chief rabbi|h|0||-
sheikh;sheik;shaikh;shaykh|h|0||-
mullah;mawlawi;maulvi;maulana;mawlana|h|0||-
sayyid;sayyed;seyed|h|0||-
ayatollah;grand ayatollah;hojatoleslam|h|0||-
his excellency;her excellency;his highness;her highness;his majesty;her majesty;his holiness|h|0||-
comrade|h|0||-
general;gen.;gen;army general;air force general;four-star general;four star general;lieutenant general;lt. gen.;lt gen;lieutenant-general;lt.-gen.;ltg;major general;maj. gen.;maj gen;major-general;maj.-gen.;brigadier general;brig. gen.;brig gen;brigadier-general;brig.-gen.;brigadier;brig.|r|0||-
colonel;col.;col;lieutenant colonel;lt. col.;lt col;lieutenant-colonel;lt.-col.|r|0||-
major;maj.|r|0||-
captain;capt.;cpt.|r|0||-
lieutenant;lt.;first lieutenant;1st lt.;second lieutenant;2nd lt.;flight lieutenant|r|0||-
sergeant;sgt.;staff sergeant;staff sgt.;ssgt.;sgt. maj.;sergeant major;command sergeant major;command sgt. maj.;master sergeant;master sgt.;gunnery sergeant;gunnery sgt.;first sergeant;1st sgt.;sergeant first class;sgt. 1st class;technical sergeant;tech. sgt.;senior airman;lance corporal;lance cpl.|r|0||-
corporal;cpl.|r|0||-
private;pvt.;private first class;pfc.;pfc;specialist;spc.;spec.|r|0||-
airman;airman first class;seaman;petty officer;chief petty officer;petty officer first class;warrant officer;chief warrant officer|r|0||-
admiral;adm.;adm;vice admiral;vice adm.;rear admiral;rear adm.;fleet admiral;commodore|r|0||-
commander;cmdr.;cdr.;lt. cmdr.;lieutenant commander;wing commander;squadron leader;group captain|r|0||-
field marshal;marshal;air marshal;air chief marshal;air vice marshal|r|0||-
president;pres.|o|1||c
marine general;marine gen.;marine corps general;marine corps gen.;marine lt. gen.;marine maj. gen.;marine brig. gen.;marine col.;marine lt. col.;marine maj.;marine capt.;marine sgt.;marine cpl.;marine lance cpl.;marine pfc.|r|0|U.S. Marine Corps|-
secretary|o|1||o
first lady;first gentleman|l|0||c
chief minister|o|1||c
vice premier;state councilor;state councillor|o|0||c
general secretary;party secretary;party chief;party leader|o|1||o
opposition leader|o|1||o
majority leader;minority leader;majority whip;minority whip;whip|o|0||o
top diplomat;foreign policy chief;high representative|o|0||c
army chief;military chief;defense chief;defence chief;intelligence chief;spy chief;security chief;top general;top military officer;top military commander;top commander|o|1||o
chief spokesman;chief spokeswoman;chief spokesperson;official spokesman|l|0||o
vice president;vice-president;veep|o|0||c
president-elect;president elect|o|0||c
prime minister;premier;pm|o|1||c
deputy prime minister;deputy premier|o|0||c
chancellor|o|1||c
taoiseach|o|1|Government of Ireland|-
head of state;head of government;monarch;ruler;dictator;strongman|o|1||c
king;queen|o|1||c
emir;amir|o|1||c
sultan;shah;tsar;czar|o|1||c
supreme leader|o|1||c
figure;leading figure;key figure;senior figure;prominent figure|l|0||o
crown prince;deputy crown prince;prince;princess;crown princess|o|0||c
caliph;self-proclaimed caliph;self-styled caliph|o|1||o
foreign minister;minister of foreign affairs;defense minister;defence minister;minister of defense;minister of defence;interior minister;minister of the interior;home minister;finance minister;minister of finance;oil minister;energy minister;economy minister;economic minister;trade minister;justice minister;minister of justice;health minister;education minister;information minister;culture minister;agriculture minister;transport minister;labor minister;labour minister;war minister;minister of war;intelligence minister;foreign affairs minister;cabinet minister;minister;state minister;junior minister;minister of state|o|0||c
foreign secretary|o|0|UK Foreign Office|-
home secretary|o|0|UK Home Office|-
defence secretary|o|1|UK Ministry of Defence|-
british defence secretary;uk defence secretary|o|1|UK Ministry of Defence|-
chancellor of the exchequer|o|1|HM Treasury|-
defense secretary;secretary of defense;u.s. defense secretary;us defense secretary;pentagon chief;defense sec.|o|1|${DOD}|-
deputy defense secretary;deputy secretary of defense|o|0|${DOD}|-
pentagon press secretary;pentagon spokesman;pentagon spokeswoman;pentagon spokesperson;pentagon official;pentagon press officer|l|0|${DOD}|-
secretary of state;u.s. secretary of state;us secretary of state|o|1|${STATE}|-
deputy secretary of state;assistant secretary of state;under secretary of state|o|0|${STATE}|-
state department spokesman;state department spokeswoman;state department spokesperson;state department official|l|0|${STATE}|-
treasury secretary;secretary of the treasury;u.s. treasury secretary|o|1|${TREASURY}|-
attorney general;u.s. attorney general;attorney-general|o|1|${JUSTICE}|-
deputy attorney general;assistant attorney general|o|0|${JUSTICE}|-
homeland security secretary;secretary of homeland security|o|1|${DHS}|-
commerce secretary;secretary of commerce|o|1|U.S. Department of Commerce|-
energy secretary;secretary of energy|o|1|U.S. Department of Energy|-
labor secretary;secretary of labor|o|1|U.S. Department of Labor|-
interior secretary;secretary of the interior|o|1|U.S. Department of the Interior|-
agriculture secretary;secretary of agriculture|o|1|U.S. Department of Agriculture|-
education secretary;secretary of education|o|1|U.S. Department of Education|-
transportation secretary;secretary of transportation|o|1|U.S. Department of Transportation|-
veterans affairs secretary;secretary of veterans affairs|o|1|U.S. Department of Veterans Affairs|-
health and human services secretary;secretary of health and human services;hhs secretary|o|1|U.S. Department of Health and Human Services|-
housing secretary;secretary of housing and urban development;hud secretary|o|1|U.S. Department of Housing and Urban Development|-
army secretary;secretary of the army|o|1|U.S. Army|-
navy secretary;secretary of the navy|o|1|U.S. Navy|-
air force secretary;secretary of the air force|o|1|U.S. Air Force|-
white house press secretary;white house spokesman;white house spokeswoman;white house spokesperson;white house chief of staff;white house counsel;white house official|l|0|${WHITE_HOUSE}|-
national security adviser;national security advisor|o|0|National Security Council|-
kremlin spokesman;kremlin spokeswoman;kremlin spokesperson|l|0|Kremlin|-
cia director;director of the cia;director of central intelligence;cia chief|o|1|Central Intelligence Agency|-
fbi director;director of the fbi|o|1|Federal Bureau of Investigation|-
director of national intelligence;dni|o|1|Office of the Director of National Intelligence|-
dia director;director of the defense intelligence agency|o|1|Defense Intelligence Agency|-
nsa director;director of the national security agency|o|1|National Security Agency|-
chairman of the joint chiefs of staff;chairman of the joint chiefs;joint chiefs chairman;joint chiefs of staff chairman|o|1|Joint Chiefs of Staff|-
vice chairman of the joint chiefs of staff;vice chairman of the joint chiefs|o|0|Joint Chiefs of Staff|-
army chief of staff|o|1|U.S. Army|-
chief of naval operations|o|1|U.S. Navy|-
air force chief of staff|o|1|U.S. Air Force|-
commandant of the marine corps;marine corps commandant;marine commandant|o|1|U.S. Marine Corps|-
centcom commander;central command commander;commander of u.s. central command;commander of central command|o|1|U.S. Central Command|-
speaker of the house;house speaker|o|1|U.S. House of Representatives|-
senate majority leader;senate minority leader;senate leader|o|0|U.S. Senate|-
house majority leader;house minority leader;house whip;house majority whip;house minority whip|o|0|U.S. House of Representatives|-
sen.;sen;u.s. senator;u.s. sen.;us senator|o|0|U.S. Senate|-
rep.;rep;u.s. representative;u.s. rep.;congressman;congresswoman;congressmember|o|0|U.S. House of Representatives|-
senator;senators|o|0||c
representative|o|0||c
lawmaker;legislator;parliamentarian;member of parliament;mp;m.p.;deputy;delegate;assemblyman;assemblywoman|o|0||c
governor;gov.;gov|o|1||c
lieutenant governor;lt. gov.;lt. governor|o|0||c
mayor|o|1||c
deputy mayor|o|0||c
ambassador;amb.;u.s. ambassador|o|0||c
envoy;special envoy;special representative|o|0||c
u.n. envoy;un envoy;u.n. special envoy;un special envoy|o|0|United Nations|-
secretary-general;secretary general;u.n. secretary-general;un secretary-general|o|1||o
director;director-general;director general;executive director;managing director|o|1||o
chief;head;boss|o|1||o
leader;top leader;supreme commander;commander-in-chief;commander in chief;top commander;spiritual leader;overall leader|o|1||o
deputy leader;second-in-command;second in command;no. 2;number two;deputy commander;deputy chief;deputy head;deputy director|l|0||o
senior leader;senior commander;senior official;senior member;top aide;lieutenant of|l|0||o
field commander;military commander;local commander;militant commander;rebel commander;regional commander;battalion commander;brigade commander;unit commander|l|0||o
chief executive;chief executive officer;ceo;c.e.o.;group chief executive|o|1||o
chairman;chairwoman;chairperson;chair;executive chairman;board chairman;independent chair;independent chairman;non-executive chairman|o|1||o
independent director;lead independent director;non-executive director;outside director;board director|l|0||o
vice chairman;vice chair;deputy chairman|o|0||o
founder;co-founder;cofounder|l|1||o
owner;proprietor|l|1||o
publisher;editor-in-chief;editor in chief;executive editor|o|1||o
cfo;chief financial officer;coo;chief operating officer;cto;chief technology officer;cio;chief information officer;cmo;chief marketing officer;chief strategy officer;chief scientist;chief economist;chief of staff|o|0||o
executive vice president;senior vice president;evp;svp;general manager;managing partner;partner;executive;board member;director of operations|l|0||o
general counsel;counsel;lawyer;attorney;solicitor;barrister|l|0||o
chief justice|o|1||o
justice;judge;magistrate|o|0||o
prosecutor;chief prosecutor;special counsel;district attorney;inspector general|o|0||o
spokesman;spokeswoman;spokesperson;spokespeople;press secretary;press officer;press spokesman;press spokeswoman;military spokesman;army spokesman;police spokesman|l|0||o
adviser;advisor;senior adviser;senior advisor;top adviser;special adviser;aide;top aide|l|0||o
analyst;senior analyst;defense analyst;security analyst;political analyst;military analyst;expert;scholar;researcher;senior researcher;fellow;senior fellow;research fellow;visiting fellow;economist;strategist|l|0||o
correspondent;reporter;journalist;columnist;editor;writer;contributor;photographer;anchor;producer|l|0||o
official;officer;agent;diplomat;negotiator;member;operative;staffer;employee;worker|l|0||o
commander|l|0||o
police chief;chief of police;police commissioner;commissioner|o|1||o
sheriff|o|1||o
pope|o|1|Catholic Church|-
cardinal;archbishop;bishop;patriarch;mufti;grand mufti|o|0||o
coach;head coach;manager|o|1||o
candidate;presidential candidate;nominee;presidential nominee;challenger;contender;frontrunner;front-runner;incumbent;running mate|l|0||c
prime minister-designate;prime minister-elect;premier-elect;chancellor-elect;governor-elect;mayor-elect|o|0||c
co-ceo;co-chief executive;interim ceo;acting ceo;interim chief executive;acting chief executive|o|1||o
president and ceo;president and chief executive;president and chief executive officer;chairman and ceo;chairman and chief executive;chief executive and president|o|1||o
mastermind;financier;recruiter;bomb maker;bombmaker;bomb-maker;propagandist;facilitator;operative;courier|l|0||o
ringleader|l|1||o
wali;provincial governor|o|1||o
supreme leader|o|1||c
figure;leading figure;key figure;senior figure;prominent figure|l|0||o
administrator;chief administrator|o|1||o
media chief;head of media;chief of operations;operations chief;finance chief;security official|o|0||o
top lieutenant;lieutenant of|l|0||o
surgeon general|o|0|U.S. Department of Health and Human Services|-
`;

const KINDS: Readonly<Record<string, TitleEntry['kind']>> = { h: 'honorific', r: 'rank', o: 'office', l: 'role' };
const SCOPES: Readonly<Record<string, TitleEntry['scope']>> = { c: 'country', o: 'org', '-': null };

function buildTitles(): TitleEntry[] {
  const byTitle = new Map<string, TitleEntry>();
  for (const line of TABLE.split('\n')) {
    const [variants, kind, leads, org, scope] = line.split('|');
    if (!variants || !kind) continue;
    for (const raw of variants.split(';')) {
      const title = raw.trim();
      // The first line that names a title wins: later generic lines ("commander") do not override.
      if (!title || byTitle.has(title)) continue;
      byTitle.set(title, {
        title,
        kind: KINDS[kind] ?? 'role',
        leads: leads === '1',
        org: org ? org : null,
        scope: SCOPES[scope ?? '-'] ?? null,
      });
    }
  }
  return [...byTitle.values()];
}

/** Every title of the lexicon, lower case as written before a name. */
export const TITLES: readonly TitleEntry[] = buildTitles();

/**
 * Posts in a company: with no organisation named ("was named chairman", "will remain a director") they are
 * posts in the company the article is about.
 */
export const CORPORATE_TITLES: ReadonlySet<string> = new Set(
  `chief executive;chief executive officer;ceo;c.e.o.;group chief executive;chairman;chairwoman;chairperson;chair;
executive chairman;board chairman;independent chair;independent chairman;non-executive chairman;director;managing director;
independent director;lead independent director;non-executive director;outside director;board director;board member;
founder;co-founder;cofounder;cfo;chief financial officer;coo;chief operating officer;cto;chief technology officer;
cio;chief information officer;cmo;chief marketing officer;chief strategy officer;co-ceo;co-chief executive;interim ceo;
acting ceo;interim chief executive;acting chief executive;president and ceo;president and chief executive;
president and chief executive officer;chairman and ceo;chairman and chief executive;chief executive and president;
executive vice president;senior vice president;vice chairman;vice chair`
    .split(';')
    .map((t) => t.trim()),
);

/** Honorifics that stay part of the name when dropping them would leave a single word ("Mullah Omar"). */
export const NAME_FORMING_TITLES: ReadonlySet<string> = new Set([
  'sheikh', 'sheik', 'shaikh', 'shaykh', 'mullah', 'mawlawi', 'maulvi', 'maulana', 'mawlana', 'sayyid', 'sayyed', 'seyed',
]);

/** Words before a title that make its holder a subordinate ("Deputy Defense Secretary" does not lead). */
export const SUBORDINATE_PREFIXES: ReadonlySet<string> = new Set([
  'deputy', 'assistant', 'associate', 'vice', 'under', 'undersecretary', 'junior', 'principal deputy',
]);

/** Words before a title that say the role is no longer held ("former Defense Secretary"). */
export const PAST_ROLE_MARKERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'ex-', 'late', 'then', 'then-', 'onetime', 'one-time', 'erstwhile', 'retired', 'outgoing',
]);

/** Comparison form of a title or token: lower case, no dots or trailing punctuation, hyphens as spaces. */
export function titleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^["'(\[]+|["')\],;:]+$/g, '')
    .replace(/'s$/, '')
    .replace(/\./g, '')
    .replace(/[-\u2010-\u2014]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_KEY: ReadonlyMap<string, TitleEntry> = (() => {
  const map = new Map<string, TitleEntry>();
  for (const entry of TITLES) {
    const key = titleKey(entry.title);
    if (!map.has(key)) map.set(key, entry);
  }
  return map;
})();

const MAX_TITLE_TOKENS = Math.max(...[...BY_KEY.keys()].map((k) => k.split(' ').length));

/** Last words of every title: most tokens end none, and are rejected before any longer key is built. */
const LAST_WORDS: ReadonlySet<string> = new Set([...BY_KEY.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1)));

/** The title entry for a written title ("Lt. Gen.", "defense secretary"), case- and dot-insensitive. */
export function lookupTitle(text: string): TitleEntry | undefined {
  return BY_KEY.get(titleKey(text));
}

// Tokens repeat across a text: memoise their keys (bounded, so long runs do not grow it without end).
const TOKEN_KEYS = new Map<string, string>();

function cachedTitleKey(token: string): string {
  let key = TOKEN_KEYS.get(token);
  if (key === undefined) {
    if (TOKEN_KEYS.size > 50_000) TOKEN_KEYS.clear();
    key = titleKey(token);
    TOKEN_KEYS.set(token, key);
  }
  return key;
}

const DERIVED = new Map<string, TitleEntry>();

/** "deputy" + an office: same organisation and scope, but a member's role. Cached: entries are shared. */
function subordinate(prefix: string, entry: TitleEntry): TitleEntry {
  const title = `${prefix} ${entry.title}`;
  let derived = DERIVED.get(title);
  if (!derived) {
    derived = { title, kind: 'role', leads: false, org: entry.org, scope: entry.scope };
    DERIVED.set(title, derived);
  }
  return derived;
}

/**
 * The longest title ending right before token `end` (tokens as written: ["U.S.", "Defense", "Secretary",
 * "Ash", "Carter"]), case-insensitive; a possessive or trailing comma on a token is ignored. A subordinate
 * prefix ("Deputy", "Assistant") in front of an office is taken in and makes it a member's role.
 * Call again with the returned `start` to read a title chain ("Chairman of the Joint Chiefs of Staff, Gen.").
 */
export function matchTitleBefore(
  tokens: readonly string[],
  end: number,
): { entry: TitleEntry; start: number } | null {
  // Grow the candidate leftwards one token at a time (each token normalised once) and keep the longest hit.
  let key = '';
  let best: { entry: TitleEntry; start: number } | null = null;
  const limit = Math.max(0, end - MAX_TITLE_TOKENS);
  for (let start = end - 1; start >= limit; start--) {
    const raw = tokens[start] ?? '';
    // A comma ends a title: "Staff, Gen." is two titles, not one.
    if (start < end - 1 && /,["')\]]*$/.test(raw)) break;
    // A company suffix ends the company's name, never starts a title ("Ford Motor Co. chief executive").
    if (start < end - 1 && /^(co|corp|inc|ltd|plc|llc)\.?$/i.test(raw)) break;
    const word = cachedTitleKey(raw);
    // A hyphenated token ("co-founder") keys as several words: its last part is what a title ends with.
    if (!word || (start === end - 1 && !LAST_WORDS.has(word.slice(word.lastIndexOf(' ') + 1)))) break;
    key = key ? `${word} ${key}` : word;
    const entry = BY_KEY.get(key);
    if (entry) best = { entry, start };
  }
  if (!best) return null;
  const before = best.start > 0 ? titleKey(tokens[best.start - 1] ?? '') : '';
  if (best.entry.kind === 'office' && SUBORDINATE_PREFIXES.has(before)) {
    return { entry: subordinate(before, best.entry), start: best.start - 1 };
  }
  return best;
}
