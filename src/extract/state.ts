/**
 * The per-article working state that flows through the extractor registry, and the extractor contract.
 * Extractors read the slots they `require` and fill the slots they `assign`; nothing else is shared.
 */
import type { ArticleDocument, Sentence } from '../model/article';
import type { DateRange, Diagnostic, Evidence, ExtractedRelation } from '../model/extraction';
import type { EntityLabel, EventType, FactStatus } from '../model/vocabulary';
import type { OrganizationEntry } from './lexicon/organizations';
import type { PlaceEntry } from './lexicon/places';
import type { TitleEntry } from './lexicon/titles';

/** Kinds of tokens the tokenizer emits. */
export type TokenKind = 'word' | 'number' | 'punct' | 'possessive';

/** One token of a sentence; offsets are absolute into `doc.text`. */
export interface Token {
  text: string;
  /** Lower-cased text, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with a capital letter, or with a lower-case Arabic article prefix then a capital ("al-Qaduli"). */
  cap: boolean;
  /** Two or more letters, none lower case ("ISIS", "WASHINGTON", "U.S."). */
  upper: boolean;
}

/** A sentence (its `index` is its position in `doc.sentences`) with its tokens and layout facts. */
export interface SentenceInfo extends Sentence {
  tokens: Token[];
  /** The tokens' texts as written (what the title matcher reads). */
  texts: string[];
  /** Title-case line (headline, section head): only known names are taken from it. */
  headline: boolean;
  /** Every letter is upper case ("MOSUL OPERATION"). */
  shouting: boolean;
}

/** A title or role found next to a person mention. */
export interface RoleCue {
  /** The title as written ("Defense Secretary", "chairman of the Joint Chiefs of Staff"). */
  text: string;
  entry: TitleEntry;
  /** Token range of the title inside the sentence. */
  tokStart: number;
  tokEnd: number;
  /** A mention that qualifies the title ("Pentagon" in "Pentagon Spokesperson", "ISIS" in "ISIS leader"). */
  qualifier: number | null;
  /** Country named by a demonym or country word before the title ("Belgian", "U.S."). */
  country: PlaceEntry | null;
}

/** One name-like span of a sentence, before and after typing and linking. */
export interface MentionSpan {
  id: number;
  sentence: number;
  /** Token range [tokStart, tokEnd) inside the sentence. */
  tokStart: number;
  tokEnd: number;
  text: string;
  start: number;
  end: number;
  label: EntityLabel | null;
  /** How sure the label is: lexicon 3, strong cue 2, weak cue 1. */
  confidence: number;
  place: PlaceEntry | null;
  org: OrganizationEntry | null;
  /** A title written as part of the span ("Mr." in "Mr. Carter"); the name is what follows. */
  role: RoleCue | null;
  /** The span including its title ("Secretary Carter"), kept as an alias when the name is one word. */
  titledForm: string | null;
  /** Followed by a possessive "'s". */
  possessive: boolean;
  /** A national body named after its country's possessive ("Russia's Defense Ministry" → "Russian Defense Ministry"). */
  qualifiedName?: string;
  /** Index of the entity it belongs to, once linked. */
  entity: number;
}

/** An entity being assembled from linked mentions. */
export interface WorkingEntity {
  index: number;
  key: string;
  label: EntityLabel;
  name: string;
  forms: string[];
  roles: string[];
  mentions: number[];
  place: PlaceEntry | null;
  org: OrganizationEntry | null;
}

/** An event being assembled; participants are entity indexes. */
export interface WorkingEvent {
  eventType: EventType;
  agents: number[];
  targets: number[];
  places: number[];
  announcers: number[];
  date: DateRange | null;
  status: FactStatus;
  evidence: Evidence[];
  figures: Record<string, string>;
  /** Sentence of the first mention (orders events and finds report dates). */
  sentence: number;
  /** An agent reached only through an order or a competing claim: no KILLED relation from it. */
  noAgentRelation: boolean;
}

/** A relation between entity indexes, or ANNOUNCED to an event index. */
export interface WorkingRelation {
  type: ExtractedRelation['type'];
  source: number;
  /** Entity index, or event index for ANNOUNCED. */
  target: number;
  status: FactStatus;
  evidence: Evidence;
}

/** The mutable state one article's extraction builds up. */
export interface WorkingState {
  doc: ArticleDocument;
  sentences: SentenceInfo[];
  /** Lower-case words seen capitalised away from the start of a sentence, to trust sentence-initial capitals. */
  midCapitals: Set<string>;
  mentions: MentionSpan[];
  entities: WorkingEntity[];
  events: WorkingEvent[];
  relations: WorkingRelation[];
  diagnostics: Diagnostic[];
  /** Set when the document is not extracted at all (language, size); later extractors do nothing. */
  skipped: boolean;
}

/** Named slots of the working state, for the registry's load-time order check. */
export type StateSlot =
  | 'sentences'
  | 'mentions'
  | 'labels'
  | 'entities'
  | 'roles'
  | 'events'
  | 'event-relations'
  | 'locations';

/** One extraction step: a pure function over the working state, declaring what it reads and adds. */
export interface Extractor {
  name: string;
  requires: readonly StateSlot[];
  assigns: readonly StateSlot[];
  run(state: WorkingState): void;
}

/** A fresh working state for a document. */
export function createState(doc: ArticleDocument): WorkingState {
  return {
    doc,
    sentences: [],
    midCapitals: new Set(),
    mentions: [],
    entities: [],
    events: [],
    relations: [],
    diagnostics: [],
    skipped: false,
  };
}

/** The evidence record for one sentence of the document. */
export function sentenceEvidence(state: WorkingState, sentence: number): Evidence {
  const s = state.sentences[sentence];
  if (!s) throw new Error(`no sentence ${sentence}`);
  return { articleId: state.doc.id, text: s.text, start: s.start, end: s.end };
}
