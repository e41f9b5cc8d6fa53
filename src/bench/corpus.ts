/**
 * Synthetic news corpus for benchmarks and scale tests: happenings (killings announced by officials, strikes,
 * attacks, captures, offensives, company appointments, elections) each reported by one to four outlets in
 * their own wording, spelling and page format. Deterministic from a seed; any size; one story in memory at
 * a time, so a million articles stream in constant memory.
 */
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { writeJsonLines } from '../util/json-lines';
import { createRng, hashSeed, type Rng } from './prng';
import {
  ARMED_GROUPS,
  BUSINESS_CITIES,
  COMPANY_STEMS,
  COMPANY_SECTORS,
  COMPANY_SUFFIXES,
  CORPORATE_ROLES,
  COUNTRIES,
  ELECTION_PLACES,
  FOREIGN_FORCES,
  GROUP_ROLES,
  MONTHS,
  OFFICES,
  OUTLETS,
  PARTY_WORDS,
  RANKS,
  TRADITIONS,
  WEEKDAYS,
  type CountrySpec,
  type GroupSpec,
  type NamingTradition,
  type OutletSpec,
} from './corpus-vocabulary';

/** The page formats of generated articles. */
export type CorpusFormat = OutletSpec['format'];

/** One generated article. */
export interface CorpusArticle {
  /** Position in the corpus, from 0. */
  index: number;
  /** Relative file name ("0003/0003141-reuters.txt"): a folder per thousand articles. */
  name: string;
  format: CorpusFormat;
  content: string;
  /** The happening it reports; several articles share one. */
  story: number;
  outlet: string;
}

/** What to generate. */
export interface CorpusOptions {
  seed: number;
  count: number;
}

// ---------------------------------------------------------------------------------------------- people

interface Person {
  tradition: NamingTradition;
  given: string;
  family: string;
  /** Arabic-tradition militants often go by a kunya ("Abu Hamza al-Masri"). */
  kunya: string | null;
}

const TRADITION_WEIGHT = TRADITIONS.reduce((sum, t) => sum + t.weight, 0);

function pickTradition(rng: Rng): NamingTradition {
  let roll = rng.next() * TRADITION_WEIGHT;
  for (const tradition of TRADITIONS) {
    roll -= tradition.weight;
    if (roll < 0) return tradition;
  }
  return TRADITIONS[0] as NamingTradition;
}

/** Person `i` of the world: a pure function of seed and index, so the world is never held in memory. */
function personAt(seed: number, i: number, tradition?: NamingTradition): Person {
  const rng = createRng(hashSeed(`${seed}/person/${i}/${tradition?.id ?? ''}`));
  const t = tradition ?? pickTradition(rng);
  const given = rng.pick(t.given);
  const family = rng.pick(t.family);
  const kunya = t.id === 'arabic' && rng.chance(0.35) ? `Abu ${rng.pick(t.given.filter((g) => !g.startsWith('Abu')))}` : null;
  return { tradition: t, given, family, kunya };
}

/** How one report writes a person's names: spelling variants are chosen once per report. */
interface PersonForms {
  full: string;
  short: string;
}

function spell(rng: Rng, tradition: NamingTradition, part: string): string {
  const variants = tradition.variants[part];
  return variants !== undefined && rng.chance(0.3) ? rng.pick(variants) : part;
}

function formsOf(rng: Rng, person: Person): PersonForms {
  const given = spell(rng, person.tradition, person.given);
  const family = spell(rng, person.tradition, person.family);
  if (person.kunya !== null) {
    const full = `${person.kunya} ${family}`;
    // Wire copy shortens a kunya name to its family part, others keep the kunya.
    return { full, short: rng.chance(0.5) ? person.kunya : family };
  }
  if (person.tradition.familyFirst) return { full: `${family} ${given}`, short: family };
  return { full: `${given} ${family}`, short: family };
}

/** A skewed index in [0, range): low indices (the well-known) come up far more often. */
function popular(rng: Rng, range: number): number {
  return Math.floor(range * rng.next() ** 2.2);
}

// ---------------------------------------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2015, 0, 1);

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function longDate(ms: number, withYear: boolean): string {
  const d = new Date(ms);
  const base = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return withYear ? `${base}, ${d.getUTCFullYear()}` : base;
}

/** How a report dated `published` refers to a day `eventMs`, in one of several styles. */
function dateWords(rng: Rng, eventMs: number, published: number): string {
  const days = Math.round((published - eventMs) / DAY_MS);
  const weekday = WEEKDAYS[new Date(eventMs).getUTCDay()] as string;
  const options: string[] = [`on ${longDate(eventMs, false)}`, `on ${weekday}`];
  if (days === 0) options.push('on ' + weekday, 'earlier today');
  if (days === 1) options.push('yesterday', `late on ${weekday}`);
  if (days > 1 && days < 7) options.push('earlier this week', `on ${weekday} night`, `on ${longDate(eventMs, true)}`);
  return rng.pick(options);
}

// ---------------------------------------------------------------------------------------------- text helpers

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function one<T>(rng: Rng, choices: readonly (() => T)[]): T {
  return rng.pick(choices)();
}

function countryKeyOf(group: GroupSpec, rng: Rng): string {
  return rng.pick(group.countries);
}

function placeOf(rng: Rng, country: CountrySpec): string {
  const written = rng.pick(country.places).split('|');
  return rng.chance(0.3) && written.length > 1 ? (written[1] as string) : (written[0] as string);
}

function officialTitle(rng: Rng, country: CountrySpec): { title: string; body: string } {
  const office = rng.pick(OFFICES);
  return { title: office.title, body: office.body.replace('{country}', country.demonym) };
}

function withRank(rng: Rng, wire: boolean): string {
  const [full, short] = rng.pick(RANKS);
  return wire ? short : full;
}

function groupNameFor(rng: Rng, group: GroupSpec, first: boolean): string {
  if (first || group.aliases.length === 0 || rng.chance(0.4)) return group.name;
  return rng.pick(group.aliases);
}

const FILLER_PLACES = ['the capital', 'the region', 'the border area', 'the north', 'the south', 'rural districts'];

/** Background paragraphs: prior events, analysts, numbers; they name more people so resolution has work. */
function backgroundParagraphs(rng: Rng, seed: number, story: number, country: CountrySpec, group: GroupSpec, count: number): string[] {
  const analyst = formsOf(rng, personAt(seed, 50_000 + popular(rng, 400)));
  const other = formsOf(rng, personAt(seed, popular(rng, 300 + story)));
  const envoy = formsOf(rng, personAt(seed, 55_000 + popular(rng, 120)));
  const year = 2003 + rng.int(0, 12);
  const name = groupNameFor(rng, group, false);
  const templates: (() => string)[] = [
    () => `${name} has waged an insurgency in ${country.name} since ${year}, and its fighters still hold parts of ${rng.pick(FILLER_PLACES)}. Government officials say the group finances itself through extortion, kidnapping and smuggling along the main roads.`,
    () => `“This is a significant blow, but the network will adapt,” said ${analyst.full}, an analyst who studies armed groups. “They have replaced commanders before, and each time the new leadership has tried to prove itself with a wave of attacks.”`,
    () => `Earlier this year ${other.full} was named as a possible successor, according to people familiar with the group, though ${other.short} has not been seen in public for months and may have fled across the border.`,
    () => `The violence has displaced more than ${rng.int(2, 90) * 10},000 people in ${country.name}, according to the United Nations, and aid groups say access to ${placeOf(rng, country)} remains difficult because of checkpoints and roadside bombs.`,
    () => `${analyst.full}, a researcher at a policy institute, said the group had lost ground since ${year} but kept the ability to strike in ${placeOf(rng, country)}, often with small cells that move at night.`,
    () => `${cap(name)} did not immediately respond to requests for comment. Its media outlets have in the past disputed official casualty figures and published videos meant to show that its leaders were alive.`,
    () => `United Nations envoy ${envoy.full} called on all sides to protect civilians and said talks on a ceasefire in ${country.name} would resume next month in Geneva.`,
    () => `Residents of ${placeOf(rng, country)} reached by telephone described hearing explosions late into the night. Several said they had stayed indoors and that markets had closed for a second day.`,
    () => `The group was blamed for a bombing in ${placeOf(rng, country)} in ${year} that killed ${rng.int(10, 90)} people, one of the deadliest attacks in the country’s recent history.`,
    () => `Security forces have made gains in recent months, but ${name} still controls smuggling routes and collects taxes from traders, according to a report published last year by a panel of experts.`,
    () => `${other.full}, a former commander who defected in ${year}, told a local radio station that morale among the fighters was low and that many were unpaid.`,
    () => `Officials did not say how they confirmed the identities of those killed. In past operations, confirmation has taken days and has relied on intelligence from informants on the ground.`,
  ];
  return rng.sample(templates, count).map((write) => write());
}

function businessParagraphs(rng: Rng, seed: number, company: string, sector: string, city: string, count: number): string[] {
  const analyst = formsOf(rng, personAt(seed, 60_000 + popular(rng, 300)));
  const director = formsOf(rng, personAt(seed, 62_000 + popular(rng, 300)));
  const templates: (() => string)[] = [
    () => `Shares of ${company} rose ${rng.int(1, 9)}.${rng.int(0, 9)} percent in ${city} trading after the announcement, outperforming a broader index that was little changed.`,
    () => `“The board wanted continuity and someone who knows the business from the inside,” said ${analyst.full}, an analyst who covers the ${sector} sector. “The bigger question is whether the strategy changes.”`,
    () => `The ${sector}, which employs about ${rng.int(2, 80)},${rng.int(100, 999)} people, reported a ${rng.chance(0.5) ? 'rise' : 'fall'} in quarterly profit last month and cut its forecast for the full year.`,
    () => `${analyst.full}, who follows the company for an investment bank, said investors would look for a clearer strategy in the coming months, including on costs and acquisitions.`,
    () => `The company has been under pressure from activist investors, and board member ${director.full} said in an interview last year that succession planning had started early.`,
    () => `${company} said its chairman, ${director.full}, would stay on to ensure an orderly transition. The search for a successor had lasted about ${rng.int(3, 14)} months.`,
    () => `Competition in the sector has intensified as new entrants cut prices, and regulators in ${city} are reviewing two planned mergers.`,
  ];
  return rng.sample(templates, count).map((write) => write());
}

// ---------------------------------------------------------------------------------------------- stories

interface Story {
  kind: 'Killing' | 'Strike' | 'Attack' | 'Capture' | 'Offensive' | 'Appointment' | 'Election';
  eventMs: number;
  reports: number;
  /** Writes one report's headline and paragraphs for an outlet publishing on `published`. */
  write(rng: Rng, outlet: OutletSpec, published: number): { title: string; paragraphs: string[] };
}

const KINDS: readonly (readonly [Story['kind'], number])[] = [
  ['Killing', 25], ['Strike', 14], ['Attack', 18], ['Capture', 9], ['Offensive', 7], ['Appointment', 15], ['Election', 12],
];
const KIND_TOTAL = KINDS.reduce((sum, [, w]) => sum + w, 0);

function pickKind(rng: Rng): Story['kind'] {
  let roll = rng.next() * KIND_TOTAL;
  for (const [kind, weight] of KINDS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'Killing';
}

/** The naming tradition of each country's own officials. */
const OFFICIAL_TRADITION: Readonly<Record<string, string>> = {
  iraq: 'arabic', syria: 'arabic', libya: 'arabic', yemen: 'arabic', somalia: 'african', kenya: 'african',
  nigeria: 'african', niger: 'african', mali: 'african', burkina: 'african', mozambique: 'african',
  afghanistan: 'south-asian', pakistan: 'south-asian', philippines: 'hispanic', colombia: 'hispanic',
};

function traditionById(id: string | undefined): NamingTradition | undefined {
  return TRADITIONS.find((t) => t.id === id);
}

function announcerOf(rng: Rng, seed: number, countryKey: string, outlet: OutletSpec) {
  const country = COUNTRIES[countryKey] as CountrySpec;
  const office = officialTitle(rng, country);
  const national = !office.body.startsWith('the Pentagon') && !office.body.includes('Joint Chiefs') && !office.body.includes('coalition');
  const tradition = national ? traditionById(OFFICIAL_TRADITION[countryKey]) : traditionById('anglo-european');
  // Officials are a small recurring cast per office: the same spokesman announces many events.
  const slot = hashSeed(`${national ? countryKey : 'us'}/${office.title}`) % 100_000;
  const person = personAt(seed, 10_000_000 + slot * 4 + rng.int(0, 2), tradition);
  const forms = formsOf(rng, person);
  const titled = office.title.includes('spokes') ? `${country.demonym} ${office.title} ${forms.full}` : `${office.title} ${forms.full}`;
  return { forms, titled, body: office.body, honor: outlet.wire ? forms.short : `Mr. ${forms.short}` };
}

function conflictStory(kind: Story['kind'], rng: Rng, seed: number, story: number, eventMs: number, reports: number): Story {
  const group = rng.pick(ARMED_GROUPS);
  const countryKey = countryKeyOf(group, rng);
  const country = COUNTRIES[countryKey] as CountrySpec;
  // Most commanders share the naming tradition of the country they fight in; some are foreign fighters.
  const targetPerson = personAt(seed, 20_000 + story, rng.chance(0.7) ? traditionById(OFFICIAL_TRADITION[countryKey]) : undefined);
  const roleTemplate = rng.pick(GROUP_ROLES);
  const placeSeed = rng.int(0, 1 << 30);
  const foreign = rng.pick(FOREIGN_FORCES);
  const useForeign = rng.chance(0.5);
  const killed = rng.int(3, 60);
  const wounded = rng.int(5, 120);
  const hedged = rng.chance(0.3);
  const disputed = rng.chance(0.1);
  const method = rng.pick(['an airstrike', 'a drone strike', 'a raid', 'a special forces operation', 'a precision strike']);
  const venue = rng.pick(['a crowded market', 'a military base', 'a police checkpoint', 'a hotel', 'a mosque', 'a church', 'a bus station', 'an army convoy']);
  return {
    kind,
    eventMs,
    reports,
    write(r, outlet, published) {
      const place = placeOf(createRng(placeSeed), country);
      const when = dateWords(r, eventMs, published);
      const target = formsOf(r, targetPerson);
      const role = roleTemplate.replace('{place}', place);
      const ann = announcerOf(r, seed, countryKey, outlet);
      const force = useForeign ? foreign.force : r.pick(country.forces);
      const gName = groupNameFor(r, group, true);
      const gShort = groupNameFor(r, group, false);
      const rank = withRank(r, outlet.wire);
      const commander = formsOf(r, personAt(seed, 30_000 + popular(r, 600)));
      const paragraphs: string[] = [];
      let title: string;
      switch (kind) {
        case 'Killing': {
          const likely = hedged ? r.pick(['likely ', 'probably ', 'believed to have been ']) : '';
          title = one(r, [
            () => `${gShort} ${role} ${likely}killed in ${country.name}, officials say`,
            () => `${cap(force)} kill ${gShort} leader ${target.full}`,
            () => `${target.full}, ${gShort} ${role}, ${hedged ? 'believed' : 'confirmed'} dead`,
          ]);
          paragraphs.push(
            one(r, [
              () => `${target.full}, the ${role} of ${gName}, was ${likely}killed in ${method} near ${place} ${when}, ${ann.titled} said.`,
              () => `${cap(force)} ${hedged ? 'likely ' : ''}killed ${target.full}, a ${role} of ${gName}, in ${method} in ${place}, ${ann.titled} announced ${when}.`,
              () => `${cap(ann.titled)} said ${when} that ${method} by ${force} had ${hedged ? 'probably ' : ''}killed ${target.full}, described as the ${role} of ${gName}.`,
            ]),
            one(r, [
              () => `“We ${hedged ? 'believe we' : ''} removed a key figure from the battlefield,” ${ann.honor} told reporters, adding that ${target.short} had planned attacks in ${country.name} and abroad.`,
              () => `${ann.honor} said ${target.short} oversaw ${r.pick(['finances', 'recruitment', 'attacks', 'propaganda'])} for ${gShort} and had been tracked for months.`,
              () => `According to ${ann.body}, ${target.short} was travelling in a vehicle with two other fighters when the strike hit.`,
            ]),
          );
          if (disputed) paragraphs.push(`A statement attributed to ${gShort} denied that ${target.short} was dead and said he would appear in a video soon.`);
          break;
        }
        case 'Strike':
          title = one(r, [
            () => `${cap(force)} strike ${gShort} positions near ${place}`,
            () => `Airstrikes hit ${gShort} in ${country.name}, ${killed} fighters reported dead`,
          ]);
          paragraphs.push(
            one(r, [
              () => `${cap(force)} carried out ${method} on ${gName} positions near ${place} ${when}, killing ${hedged ? 'an estimated ' : ''}${killed} fighters, ${ann.titled} said.`,
              () => `${cap(method)} by ${force} struck a ${gName} compound in ${place} ${when}, ${ann.body} said in a statement, adding that ${killed} militants were killed.`,
            ]),
            `${ann.honor} said no civilians were harmed, a claim that could not be independently verified.`,
          );
          break;
        case 'Attack':
          title = one(r, [
            () => `${cap(gShort)} attack on ${venue} in ${place} kills ${killed}`,
            () => `At least ${killed} dead after militants strike ${place}`,
            () => `${cap(venue.replace(/^an? /, ''))} attack: ${gShort} claims responsibility`,
          ]);
          paragraphs.push(
            one(r, [
              () => `Fighters from ${gName} attacked ${venue} in ${place} ${when}, killing at least ${killed} people and wounding ${wounded}, ${ann.titled} said.`,
              () => `At least ${killed} people were killed when gunmen stormed ${venue} in ${place}, ${country.name}, ${when}. ${cap(gName)} claimed responsibility for the attack.`,
              () => `${cap(ann.titled)} said ${when} that ${killed} people died and ${wounded} were wounded after a suicide bomber struck ${venue} in ${place}, an attack later claimed by ${gName}.`,
            ]),
            `${cap(ann.body)} said the death toll could rise. ${ann.honor} said security had been tightened across ${country.name}.`,
          );
          break;
        case 'Capture':
          title = one(r, [
            () => `${cap(force)} capture ${place} from ${gShort}`,
            () => `${gShort} ${role} ${target.full} captured`,
          ]);
          paragraphs.push(
            one(r, [
              () => `${cap(force)} captured the town of ${place} from ${gName} ${when} after days of fighting, ${rank} ${commander.full} said.`,
              () => `${cap(force)} captured ${target.full}, a ${role} of ${gName}, in a raid near ${place} ${when}, ${ann.titled} said.`,
            ]),
            `${rank} ${commander.short} told reporters that troops were clearing explosives left by ${gShort} fighters.`,
          );
          break;
        case 'Offensive':
        default:
          title = one(r, [
            () => `${cap(force)} launch offensive to retake ${place}`,
            () => `Offensive against ${gShort} begins in ${country.name}`,
          ]);
          paragraphs.push(
            one(r, [
              () => `${cap(force)} launched an offensive to retake ${place} from ${gName} ${when}, ${ann.titled} said.`,
              () => `${cap(ann.titled)} announced ${when} the start of a major offensive against ${gName} around ${place}.`,
            ]),
            `${rank} ${commander.full}, who leads the operation, said the offensive would take weeks and that ${gShort} had mined the roads into ${place}.`,
          );
          break;
      }
      paragraphs.push(...backgroundParagraphs(r, seed, story, country, group, r.int(6, 10)));
      return { title, paragraphs };
    },
  };
}

function appointmentStory(rng: Rng, seed: number, story: number, eventMs: number, reports: number): Story {
  const company = popular(rng, 200 + Math.floor(story / 20));
  const cr = createRng(hashSeed(`${seed}/company/${company}`));
  const stem = cr.pick(COMPANY_STEMS);
  const [sectorWord, sector] = cr.pick(COMPANY_SECTORS);
  const suffix = cr.pick(COMPANY_SUFFIXES);
  const [city, countryName] = cr.pick(BUSINESS_CITIES);
  const [roleLong, roleShort] = rng.pick(CORPORATE_ROLES);
  const newcomer = personAt(seed, 40_000 + story);
  const predecessor = personAt(seed, 40_000 + Math.max(0, story - rng.int(1, 50)));
  const effective = eventMs + rng.int(10, 90) * DAY_MS;
  return {
    kind: 'Appointment',
    eventMs,
    reports,
    write(r, outlet, published) {
      const name = `${stem} ${sectorWord}`;
      const formal = suffix === '' || r.chance(0.5) ? name : `${name} ${suffix}`;
      const who = formsOf(r, newcomer);
      const before = formsOf(r, predecessor);
      const when = dateWords(r, eventMs, published);
      const title = one(r, [
        () => `${name} names ${who.full} as ${roleShort}`,
        () => `${name} picks insider ${who.full} to succeed ${before.full}`,
        () => `${who.full} to lead ${stem} as ${before.short} steps down`,
      ]);
      const paragraphs = [
        one(r, [
          () => `${formal}, the ${city}-based ${sector}, said ${when} it had appointed ${who.full} as ${roleLong}, succeeding ${before.full}, who is retiring after ${r.int(4, 15)} years.`,
          () => `${cap(sector)} ${formal} named ${who.full} its new ${roleLong} ${when}, replacing ${before.full} with effect from ${longDate(effective, false)}.`,
          () => `${who.full} will become ${roleLong} of ${formal} on ${longDate(effective, true)}, the company announced ${when}. ${who.short} succeeds ${before.full}.`,
        ]),
        one(r, [
          () => `${who.short}, who joined ${stem} in ${2000 + r.int(0, 14)}, most recently ran its operations in ${countryName}.`,
          () => `“${who.short} has the experience to lead us through the next phase,” ${before.short} said in a statement.`,
        ]),
      ];
      paragraphs.push(...businessParagraphs(r, seed, stem, sector, city, r.int(4, 7)));
      return { title, paragraphs };
    },
  };
}

function electionStory(rng: Rng, seed: number, story: number, eventMs: number, reports: number): Story {
  const [country, demonym] = rng.pick(ELECTION_PLACES);
  const parties = rng.sample(PARTY_WORDS, 2).map(([a, b]) => `${a} ${b}`);
  const winner = personAt(seed, 45_000 + story);
  const loser = personAt(seed, 45_000 + popular(rng, story + 10) + 7_000);
  const chair = personAt(seed, 48_000 + (hashSeed(country) % 50));
  const share = rng.int(42, 68);
  const office = rng.pick(['presidential', 'parliamentary', 'presidential run-off']);
  return {
    kind: 'Election',
    eventMs,
    reports,
    write(r, outlet, published) {
      const w = formsOf(r, winner);
      const l = formsOf(r, loser);
      const c = formsOf(r, chair);
      const when = dateWords(r, eventMs, published);
      const title = one(r, [
        () => `${w.full} wins ${demonym} ${office} election`,
        () => `${country} election: ${w.short} defeats ${l.short}`,
        () => `${w.full} declared winner in ${country}`,
      ]);
      const paragraphs = [
        one(r, [
          () => `${w.full} of the ${parties[0]} won ${country}’s ${office} election with ${share} percent of the vote, the electoral commission said ${when}, defeating ${l.full} of the ${parties[1]}.`,
          () => `${cap(demonym)} voters elected ${w.full} ${when}, giving the ${parties[0]} candidate ${share} percent against ${l.full}, electoral commission chairman ${c.full} announced.`,
        ]),
        `${l.short} ${r.pick(['conceded defeat', 'rejected the results and said he would go to court', 'congratulated the winner'])}. Turnout was ${r.int(35, 80)} percent, ${c.short} said.`,
        `${w.short} is due to be sworn in on ${longDate(eventMs + r.int(20, 60) * DAY_MS, true)}.`,
      ];
      const extra = r.int(2, 5);
      for (let i = 0; i < extra; i++) {
        const analyst = formsOf(r, personAt(seed, 52_000 + popular(r, 200)));
        paragraphs.push(
          r.pick([
            `“The result shows voters wanted change,” said ${analyst.full}, a political scientist in ${country}.`,
            `Observers from regional bodies said the vote was largely peaceful, though ${analyst.full}, who monitored polling stations, reported delays.`,
            `The ${parties[1]} had governed since ${2000 + r.int(0, 14)}. ${l.short} campaigned on the economy and security.`,
          ]),
        );
      }
      return { title, paragraphs };
    },
  };
}

function storyAt(seed: number, s: number): Story {
  const rng = createRng(hashSeed(`${seed}/story/${s}`));
  const kind = pickKind(rng);
  // Stories move forward in time, about one day per 1.5 stories, with some jitter.
  const eventMs = EPOCH + Math.floor(s / 1.5 + rng.int(0, 3)) * DAY_MS;
  const reports = rng.pick([1, 1, 2, 2, 2, 3, 3, 4]);
  if (kind === 'Appointment') return appointmentStory(rng, seed, s, eventMs, reports);
  if (kind === 'Election') return electionStory(rng, seed, s, eventMs, reports);
  return conflictStory(kind, rng, seed, s, eventMs, reports);
}

// ---------------------------------------------------------------------------------------------- page formats

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
}

const NAV = ['Home', 'World', 'Africa', 'Middle East', 'Business', 'Markets', 'Politics', 'Sport', 'Opinion', 'Video'];

function renderHtml(rng: Rng, outlet: OutletSpec, title: string, paragraphs: string[], published: string, url: string): string {
  // Each outlet has a small staff whose bylines recur.
  const byline = formsOf(rng, personAt(hashSeed(outlet.domain), rng.int(0, 20))).full;
  const related = [0, 1, 2].map(() => `<li><a href="/news/${rng.int(1e5, 1e6)}">${escapeHtml(rng.pick(NAV))} news: more coverage</a></li>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${escapeHtml(outlet.name)}</title>`,
    `<meta property="og:site_name" content="${escapeHtml(outlet.name)}"><meta property="og:url" content="${url}">`,
    `<meta property="article:published_time" content="${published}T${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z">`,
    `<link rel="canonical" href="${url}"><script>window.dataLayer=[{"page":"article","id":${rng.int(1, 1e6)}}];</script></head>`,
    `<body><a class="skip" href="#main">Skip to content</a><header><nav><ul>${NAV.map((n) => `<li><a href="/${slug(n)}">${n}</a></li>`).join('')}</ul></nav>`,
    `<div class="promo">Subscribe for unlimited access</div></header>`,
    `<main id="main"><article><h1>${escapeHtml(title)}</h1><p class="byline">By ${escapeHtml(byline)}</p>`,
    `<time datetime="${published}">${published}</time>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<div class="share">Share this article: Facebook Twitter Email</div></article>`,
    `<aside><h2>Related stories</h2><ul>${related.join('')}</ul></aside></main>`,
    `<footer><p>© ${published.slice(0, 4)} ${escapeHtml(outlet.name)}. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>`,
    '</body></html>',
    '',
  ].join('\n');
}

function yamlQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function renderFrontMatterHtml(rng: Rng, outlet: OutletSpec, title: string, paragraphs: string[], published: string, url: string, location: string): string {
  const first = paragraphs[0] ?? '';
  const body = [
    `<p><span class="articleLocation">${escapeHtml(location.toUpperCase())}</span> ${escapeHtml(first)}</p>`,
    ...paragraphs.slice(1).map((p, i) => `<span id="midArticle_${i + 1}"/><p>${escapeHtml(p)}</p>`),
  ];
  return [
    '---',
    `ID: ${rng.int(1000, 99999)}`,
    `post_title: ${yamlQuote(title)}`,
    'author: Staff Writer',
    `post_date: ${published} ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:04`,
    'post_excerpt: ""',
    'layout: post',
    'permalink: >',
    `  https://www.${outlet.domain}/${slug(title)}/`,
    'published: true',
    'original_link:',
    '  - >',
    `    ${url}`,
    '---',
    ' [ad_1]',
    '<br><div id="articleText">',
    '<span id="midArticle_start"/>',
    ...body,
    '</div>',
    ` [ad_2]`,
    '<br><a href="' + url + '">Source link</a>',
    '',
  ].join('\n');
}

function renderMarkdown(rng: Rng, outlet: OutletSpec, title: string, paragraphs: string[], published: string, url: string): string {
  const lines = ['---', `title: ${JSON.stringify(title)}`, `date: ${published}`, `source: ${outlet.name}`, `url: ${url}`, 'tags: [news, world]', '---', '', `# ${title}`, ''];
  paragraphs.forEach((p, i) => {
    if (i === 1 && rng.chance(0.4)) lines.push(`**Key points:**`, '', `- ${p}`, '');
    else lines.push(p, '');
  });
  lines.push(`*Read more at [${outlet.name}](https://${outlet.domain}/).*`, '');
  return lines.join('\n');
}

function renderText(rng: Rng, outlet: OutletSpec, title: string, paragraphs: string[], published: string, location: string): string {
  const opening = outlet.wire ? `${location.toUpperCase()} (${outlet.name}) - ${paragraphs[0] ?? ''}` : (paragraphs[0] ?? '');
  return [
    'Accessibility links',
    '',
    'Skip to content',
    '',
    rng.pick(['Breaking News', 'Live', 'Latest']),
    '',
    title,
    '',
    `Published ${published} | ${outlet.name}`,
    '',
    'Share on Facebook  Share on Twitter  Email',
    '',
    opening,
    '',
    ...paragraphs.slice(1).flatMap((p) => [p, '']),
    'Related',
    '',
    `More from ${outlet.name}`,
    '',
    'Subscribe to our newsletter',
    '',
    `© ${published.slice(0, 4)} ${outlet.name}`,
    '',
  ].join('\n');
}

const EXTENSIONS: Record<CorpusFormat, string> = { html: 'html', 'front-matter': 'txt', markdown: 'md', text: 'txt' };

/** The relative file name of article `index` (a folder per thousand keeps directories small). */
export function corpusFileName(index: number, outlet: string, format: CorpusFormat): string {
  const folder = String(Math.floor(index / 1000)).padStart(4, '0');
  return `${folder}/${String(index).padStart(7, '0')}-${slug(outlet)}.${EXTENSIONS[format]}`;
}

/** Generates `count` articles lazily, in a fixed order; only the current story is held. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusArticle> {
  const { seed, count } = options;
  let index = 0;
  for (let s = 0; index < count; s++) {
    const story = storyAt(seed, s);
    const rng = createRng(hashSeed(`${seed}/reports/${s}`));
    const outlets = rng.sample(OUTLETS, story.reports);
    let previous: string | null = null;
    for (let r = 0; r < outlets.length && index < count; r++) {
      const outlet = outlets[r] as OutletSpec;
      const rr = createRng(hashSeed(`${seed}/story/${s}/report/${r}`));
      const publishedMs = story.eventMs + rr.int(0, 3) * DAY_MS;
      const published = isoOf(publishedMs);
      // About one report in a hundred is a syndicated copy of the previous one: a duplicate to detect.
      let content: string;
      if (previous !== null && rr.chance(0.01)) {
        content = previous;
      } else {
        const { title, paragraphs } = story.write(rr, outlet, publishedMs);
        const url = `https://www.${outlet.domain}/${published.replace(/-/g, '/')}/${slug(title)}-${s}-${r}`;
        const location = rr.pick(['Washington', 'Baghdad', 'Nairobi', 'London', 'Beirut', 'Lagos', 'Kabul', 'Islamabad']);
        if (outlet.format === 'html') content = renderHtml(rr, outlet, title, paragraphs, published, url);
        else if (outlet.format === 'front-matter') content = renderFrontMatterHtml(rr, outlet, title, paragraphs, published, url, location);
        else if (outlet.format === 'markdown') content = renderMarkdown(rr, outlet, title, paragraphs, published, url);
        else content = renderText(rr, outlet, title, paragraphs, published, location);
      }
      previous = content;
      yield { index, name: corpusFileName(index, outlet.name, outlet.format), format: outlet.format, content, story: s, outlet: outlet.name };
      index++;
    }
  }
}

/** Writes the corpus under `dir` as files, streaming; returns how many files and bytes were written. */
export async function writeCorpus(
  dir: string,
  options: CorpusOptions,
  onProgress?: (written: number) => void,
): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  let folder = '';
  for (const article of generateCorpus(options)) {
    const file = path.join(dir, article.name);
    const parent = path.dirname(file);
    if (parent !== folder) {
      await mkdir(parent, { recursive: true });
      folder = parent;
    }
    const handle = await open(file, 'w');
    try {
      await handle.writeFile(article.content, 'utf8');
    } finally {
      await handle.close();
    }
    files++;
    bytes += Buffer.byteLength(article.content, 'utf8');
    if (files % 1000 === 0) onProgress?.(files);
  }
  return { files, bytes };
}

/** Writes the corpus as JSON Lines (`{"name","format","content"}` per line) to one file, streaming. */
export async function writeCorpusJsonl(file: string, options: CorpusOptions): Promise<{ lines: number; bytes: number }> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'w');
  let lines = 0;
  let bytes: number;
  try {
    const records = function* () {
      for (const article of generateCorpus(options)) {
        lines++;
        yield { name: article.name, format: article.format, content: article.content };
      }
    };
    bytes = await writeJsonLines(handle, records());
  } finally {
    await handle.close();
  }
  return { lines, bytes };
}
