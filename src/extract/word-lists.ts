/**
 * Closed word classes the engine's rules are written in: cue words, triggers and function words. These are
 * about how English news sentences are built (not knowledge about the world, which lives in `lexicon/`).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Lower-case Arabic article prefixes written with a hyphen inside names ("al-Qaduli", "ar-Rahman"). */
export const ARABIC_ARTICLE_PREFIXES = set('al el ar ash as ad at az an ath adh ud ul ur');

/** Lower-case prefixes split off a capitalised word ("anti-ISIL" → "ISIL"). */
export const LOWER_PREFIXES = set('anti pro non post pre ex neo pan mid');

/** Abbreviations that keep their trailing period inside a token. */
export const WORD_ABBREVIATIONS = set(`
  mr mrs ms dr prof gen lt col maj capt cpt cmdr cdr adm sgt cpl pvt spc brig rep reps sen sens gov pres amb
  hon rev fr gens lieut st mt ft jr sr inc corp co ltd bros dept govt no vs etc jan feb mar apr jun jul aug
  sep sept oct nov dec ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss
  mo mont neb nebr nev okla ore pa tenn tex va vt wash wis wyo`);

/** Particles that sit inside personal names in lower case ("Osama bin Laden", "Ludwig van Beethoven"). */
export const INNER_NAME_PARTICLES = set('al el bin ibn bint ben de da di del della du van von der den la le ould ten ter');

/** Capitalised first parts that mark an Arabic or Muslim personal name ("Abu Sarah", "Abd al-Rahman"). */
export const ARABIC_NAME_STARTS = set('abu abd abdel abdul abdullah umm ibn bin sheikh mullah haji hajji');

/** Words that end or head an organisation's name. */
export const ORG_HEADS = set(`
  department ministry agency committee commission institution institute council forces force corps command
  army navy party inc. inc corp. corp group bank university college academy school court senate parliament
  assembly congress office service services administration authority center centre union league alliance
  coalition network regiment battalion brigade division squadron fleet guard guards front movement
  organization organisation association foundation company co. ltd. llc fund board bureau chiefs staff
  cabinet government tribunal federation society trust church police brotherhood militia unit units
  committee times post journal news press television radio airlines airways motors industries holdings
  partners technologies systems labs laboratories hospital club team caucus directorate lines yards maritime
  shipping freight logistics capital ventures investments management enterprises pharmaceuticals bancorp
  insurance securities sons brothers guardians defenders soldiers martyrs partisans observatory watch monitor`);

/** Words inside a name that make it a place ("Fire Base Bell", "Camp Taji", "Hasakah province"). */
export const PLACE_HEADS = set(`
  base airbase airport camp fort province governorate district region county valley river mountains
  mountain island islands square street avenue bridge dam border crossing peninsula gulf bay strait sea
  lake desert plain plains heights city town village oblast prefecture state palace stadium airfield tower station`);

/** Head words of a named site: a place name before them is part of the site's name ("Baghdad International Airport"). */
export const SITE_HEADS = set('airport airbase airfield base camp square bridge dam palace stadium station crossing');

/** Lower-case words that may follow a place name as part of it ("Hasakah province"). */
export const PLACE_SUFFIX_WORDS = set('province governorate district region county oblast prefecture');

/** Nouns introducing a place: "the town of X", "the Syrian city of X". */
export const PLACE_CLASS_NOUNS = set('town city village province region district capital port suburb neighborhood neighbourhood area county state country');

/** Prepositions after which an unknown capitalised name is likely a place. */
export const PLACE_PREPOSITIONS = set('in near outside into toward towards across around inside');

/** Connectors allowed inside organisation names when followed by a capital ("Council on Foreign Relations"). */
export const ORG_CONNECTORS = set('of on for');

/** Verbs of saying: their subject (or inverted object) is a speaker. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds announced announces confirmed confirms disclosed discloses stated
  states declared declares noted notes explained explains wrote writes tweeted tweets testified testifies
  reported reports acknowledged acknowledges conceded concedes claimed claims insisted insists warned warns
  cited cites argued argues stressed stresses emphasized emphasised asserted asserts`);

/** Speech verbs that report an event as fact for its announcer (any event type). */
export const ANNOUNCE_VERBS = set('announced announces confirmed confirms disclosed discloses declared declares');

/** Hedging words: the fact is presented as likely, not certain. */
export const HEDGE_WORDS = set(`
  likely believed believe believes probably possibly apparently presumed presumably reportedly suspected
  may might unconfirmed`);

/** Words negating the verb they precede. */
export const NEGATIONS = set("not n't never no neither nor without");

/** Modal verbs: before a bare verb they make an event hypothetical ("could kill"). */
export const MODALS = set('could would should will shall can must may might');

/** Verbs that order or plan an action rather than perform it ("ordered the killing of X"). */
export const ORDER_WORDS = set(`
  ordered order orders ordering authorized authorised authorizes approved approves plotted plotting planned
  plans planning plan threatened threatens vowed vows urged urges called attempt attempted attempts tried
  tries sought seeks wanted wants failed fails aims aimed aim`);

/** Words marking history or comparison around an event noun ("since Hitler's death"). */
export const HISTORY_WORDS = set('since like than unlike anniversary compared history historic before');

/** Copulas and auxiliaries of the passive. */
export const BE_FORMS = set("is are was were be been being 's");

/** Personal pronouns that can refer to a person. */
export const PERSON_PRONOUNS = set('he she him her his hers');

/** Pronouns that can refer to a group or country. */
export const GROUP_PRONOUNS = set('it its they their them');

/** Nouns that refer back to the last group ("the group", "the organization"). */
export const GROUP_ANAPHORS = set('group organization organisation militants movement network');

/** Nouns that refer back to the last company ("the company", "the firm", "the shipbuilder"). */
export const COMPANY_ANAPHORS = set(
  'company firm corporation conglomerate automaker carmaker shipbuilder airline carrier lender bank insurer retailer startup maker',
);

/** Nouns for members of a group ("ISIS leaders like X", "the group's top commanders, including X"). */
export const MEMBER_NOUNS = set(`
  leader leaders commander commanders member members official officials operative operatives militant
  militants fighter fighters figure figures terrorist terrorists chief chiefs lieutenant lieutenants deputy
  deputies emir emirs`);

/** Words introducing members of a list ("including X", "like X", "such as X"). */
export const LIST_INTRODUCERS = set('including like');

/** Modifiers that turn a heading title into membership ("a senior leader of X", "deputy leader"). */
export const NON_HEAD_MODIFIERS = set('senior top deputy vice assistant associate junior regional local former');

/** Event trigger words by type. Nouns and verb forms, lower case. */
export const KILL_VERBS = set('killed kill kills killing slain slew slay assassinated assassinate assassinating eliminated murdered executed beheaded died');
/** Nouns of a killing ("the killing of X", "X's death"). */
export const KILL_NOUNS = set('killing death deaths assassination');
/** Strikes and raids (outcome not confirmed). */
export const STRIKE_WORDS = set('strike airstrike airstrikes air-strike drone-strike raid raids');
/** Nouns of a violent attack. */
export const ATTACK_NOUNS = set('attack attacks bombing bombings assault assaults shooting shootings massacre ambush');
/** Verbs of a violent attack. */
export const ATTACK_VERBS = set('attacked attacks bombed stormed ambushed');
/** Verbs of firing that are an attack only with a projectile and a target ("fired missiles at two bases"). */
export const FIRE_VERBS = set('fired firing fires launched launching launches');
/** Projectiles that make firing an attack. */
export const PROJECTILES = set('missile missiles rocket rockets drones shells mortars mortar rounds');
/** Nouns of a capture or seizure ("the capture of X"). */
export const CAPTURE_NOUNS = set('capture seizure taking fall recapture');
/** Verbs of a capture or seizure. */
export const CAPTURE_VERBS = set('captured seized recaptured retook overran');
/** Nouns of a military campaign. */
export const OFFENSIVE_NOUNS = set('offensive operation campaign push battle');
/** Verbs of an advance on a place. */
export const OFFENSIVE_VERBS = set('advanced advancing advance closed drove driven');
/** Verbs of an appointment to a post. */
export const APPOINT_VERBS = set('named appointed tapped chose chosen picked promoted nominated selected');
/** Verbs whose passive names a new holder: "was replaced by X", "was succeeded by X". */
export const REPLACED_VERBS = set('replaced succeeded');
/** Words of an election win. */
export const ELECTION_WORDS = set('won elected re-elected defeated beat unseated winner');
/** Election words that need an election named after them ("defeated X in the runoff", "won a majority"). */
export const ELECTION_OUTCOME_VERBS = set('won defeated beat unseated');
/** Nouns that show a win is an election win ("won the vote", "won a majority", "won 365 seats"). */
export const ELECTION_NOUNS = set('election elections presidency runoff run-off primary primaries ballot seats landslide mandate majority term re-election reelection');
/** Nouns that are an election only with a political word before them ("the presidential race", not "the cycling race"). */
export const CONTEST_NOUNS = set('race vote contest');
/** Political words that make a race or vote an election. */
export const POLITICAL_MODIFIERS = set('presidential mayoral senate gubernatorial congressional parliamentary leadership general national party popular');
/** Words of an arrest. */
export const ARREST_WORDS = set('arrested detained arrest detention');
/** Words of a resignation. */
export const RESIGN_WORDS = set('resigned resign resignation stepped quit');
/** Verbs of succession ("X succeeded Y", "replacing Y"). */
export const SUCCEED_VERBS = set('succeed succeeded succeeds succeeding replace replaced replaces replacing');
/** Words of taking up a post ("X will become chairman", "X took over as chief executive"). */
export const BECOME_VERBS = set('become becomes over');
/** Nouns for a post handed from one holder to the next ("handing the reins to X", "hand the top job to X"). */
export const HANDOVER_NOUNS = set('reins job post helm baton mantle role');
/** Verbs that hand a post over ("handing the reins to X"). */
export const HANDOVER_VERBS = set('hand hands handing handed pass passes passing passed turn turns turning turned');
/** Participles of choosing someone: "was chosen to succeed X" is a decided succession, not a prospect. */
export const CHOSEN_WORDS = set('named appointed chosen picked selected tapped elected nominated designated');

/** Words for a future or intended happening ("the looming battle", "the key challenge remains the taking of"). */
export const PROSPECTIVE_WORDS = set('challenge remains goal plan plans prepare preparing prepares looming upcoming next expected will aims future');

/** Words that make a plural event noun a series or a count rather than one happening. */
export const SERIES_WORDS = set('series number wave spate');

/** First words of names of operations, storms and the like. */
export const THING_FIRST = new Set(['operation', 'hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'battle', 'siege', 'war', 'treaty', 'super']);
/** Last words of names of agreements, laws, events, prizes, documents and the like. */
export const THING_LAST = new Set([
  'war', 'treaty', 'act', 'agreement', 'accord', 'accords', 'summit', 'cup', 'games', 'olympics', 'prize', 'award', 'awards',
  'day', 'index', 'report', 'plan', 'initiative', 'program', 'programme', 'project', 'protocol', 'convention', 'doctrine',
  'festival', 'conference', 'forum', 'championship', 'tournament', 'bowl', 'series', 'crisis', 'revolution', 'spring', 'offensive', 'operation',
]);


/** First words of Arabic, Persian and Urdu organisation names ("Jaish al-Adl", "Harakat al-Nujaba", "Lashkar-e-Taiba"). */
export const GROUP_FIRST_WORDS = set(`
  jaish jabhat jebhat harakat harakah ansar hayat hayat liwa kataib saraya asaib hizb jamaat jamaah jemaah tehreek tehrik
  lashkar sipah majlis tanzim jund junud`);
