/** Articles as the pipeline sees them: raw input, metadata, cleaned text with paragraphs and sentences. */

/** How an input was written. */
export const ARTICLE_FORMATS = ['html', 'front-matter', 'text'] as const;
/** The detected format of an input. */
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** Metadata of an article; a field is null when nothing states it (never guessed). */
export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** Publication date as ISO `YYYY-MM-DD`; null when no source states it. */
  published: string | null;
  /** ISO 639-1 code when detected ("en"), null when unknown. */
  language: string | null;
}

/** Metadata given from outside (CLI flags, GraphQL input); wins over what the document says. */
export type MetadataOverrides = Partial<Omit<ArticleMetadata, 'language'>>;

/** One input handed to the reader: a file's bytes or a string, plus where it came from. */
export interface RawArticle {
  /** File contents or the text/HTML given through the API. */
  content: string | Uint8Array;
  /** Path or URL it came from; null for API input without one. */
  source: string | null;
  /** Metadata that overrides what the document states. */
  overrides?: MetadataOverrides;
  /** A format forced by the caller instead of detection. */
  format?: ArticleFormat;
}

/** A paragraph of the cleaned text: [start, end) character offsets into `ArticleDocument.text`. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** A sentence of the cleaned text; `text === doc.text.slice(start, end)`. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** An article read, cleaned and segmented: the typed document every extractor works on. */
export interface ArticleDocument {
  /** Deterministic id (see `articleIdFor`). */
  id: string;
  /** sha256 of the cleaned text, hex; the same text under two names is the same article. */
  contentHash: string;
  format: ArticleFormat;
  meta: ArticleMetadata;
  /** Where it came from (path or URL), null when unknown. */
  source: string | null;
  /** Cleaned text: markup and site chrome removed, paragraphs separated by a blank line. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
