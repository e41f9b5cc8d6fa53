/** What extraction finds in one article, before cross-article resolution. Keys are local to the article. */
import type { EntityLabel, EventType, FactStatus, RelationType } from './vocabulary';

/** A sentence that supports a fact: the article, the sentence text and its offsets in the cleaned text. */
export interface Evidence {
  articleId: string;
  /** The sentence, exactly `doc.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** One occurrence of an entity in the text. */
export interface Mention {
  /** The surface form as written ("Haji Iman", "Carter", "the Pentagon" → "Pentagon"). */
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** A date or date range resolved against the publication date, inclusive on both ends. */
export interface DateRange {
  /** ISO `YYYY-MM-DD`. */
  start: string;
  /** ISO `YYYY-MM-DD`; equals start for a single day. */
  end: string;
  /** The words it was read from ("Friday", "this week", "March 20"). */
  text: string;
}

/** A person, group or place found in one article, with every form the article uses for it. */
export interface ExtractedEntity {
  /** Local key, unique within the article ("e3"). */
  key: string;
  label: EntityLabel;
  /** The fullest name the article gives ("Ash Carter", not "Carter"). */
  name: string;
  /** Every other surface form in this article (aliases, acronyms, surnames, misspellings as written). */
  aliases: string[];
  /** Titles and roles as written ("Defense Secretary", "chairman of the Joint Chiefs of Staff"). */
  roles: string[];
  mentions: Mention[];
}

/** An event found in one article; participants are local entity keys. */
export interface ExtractedEvent {
  key: string;
  eventType: EventType;
  /** A readable name ("Killing of Haji Imam"). */
  name: string;
  agents: string[];
  targets: string[];
  places: string[];
  announcers: string[];
  /** null when the text gives no date or the publication date needed to resolve it is unknown. */
  date: DateRange | null;
  status: FactStatus;
  evidence: Evidence[];
  /** Figures the article gives, e.g. { killed: "at least 31" }; kept to detect disagreements. */
  figures: Record<string, string>;
}

/** A relation between two entities, or ANNOUNCED from an entity to an event (target is then an event key). */
export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  status: FactStatus;
  evidence: Evidence[];
}

/** A located note about the content (not an exception): unreadable parts, skipped patterns, language. */
export interface Diagnostic {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** Everything extracted from one article. */
export interface ArticleExtraction {
  articleId: string;
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
  diagnostics: Diagnostic[];
}
