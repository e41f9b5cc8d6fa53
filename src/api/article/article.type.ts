/** Stored articles: metadata, cleaned text, sentences, and what was extracted from each. */
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ArticleFormat } from '../../model/article';
import type { ArticleRecord, EdgeContribution, EntityContribution, EventContribution } from '../../model/graph';
import type { EdgeType, EntityLabel, FactStatus } from '../../model/vocabulary';
import { Node } from '../node/node.type';
import { Evidence } from '../relation/relation.type';
import { ArticleFormatEnum, EntityLabelEnum, FactStatusEnum, RelationTypeEnum } from '../shared/enums';
import { connectionOf } from '../shared/pagination';

/** A span of an article's text. */
@ObjectType('TextSpan', { description: 'A span of an article\'s cleaned text, for highlighting.' })
export class TextSpan {
  @Field({ description: 'The text, exactly `article.text[start:end]`.' })
  text!: string;

  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;
}

/** A sentence of an article, as resolvers pass it around. */
export interface SentenceValue {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A sentence of an article. */
@ObjectType('Sentence', { description: 'A sentence of an article\'s cleaned text.' })
export class Sentence extends TextSpan {
  @Field(() => Int, { description: 'Position of the sentence in the article, from 0.' })
  index!: number;
}

/** The `Article` type. */
@ObjectType('Article', { implements: Node, description: 'A stored news article.' })
export class Article extends Node {
  @Field(() => String, { nullable: true, description: 'Headline, when the article states one.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher ("Reuters"), when known.' })
  outlet!: string | null;

  @Field(() => String, { nullable: true, description: 'Canonical URL, when known.' })
  url!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Publication date, when a source states it.' })
  published!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language code, when detected.' })
  language!: string | null;

  @Field(() => ArticleFormatEnum, { description: 'How the input was written.' })
  format!: ArticleFormat;

  @Field(() => String, { nullable: true, description: 'Path or URL it was read from, when known.' })
  source!: string | null;

  @Field({ description: 'sha256 of the cleaned text; the same text under two names is one article.' })
  contentHash!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When this version was ingested.' })
  ingestedAt!: string;

  @Field({ description: 'The cleaned text (markup and site chrome removed); evidence offsets point into it.' })
  text!: string;
}

/** The `ArticleConnection` type. */
@ObjectType('ArticleConnection', { description: 'A page of articles.' })
export class ArticleConnection extends connectionOf<ArticleRecord>('Article', Article) {}

/** What one article says about an entity, as resolvers pass it around. */
export type ArticleEntityValue = EntityContribution & { articleText: string };

/** What one article says about an entity. */
@ObjectType('ArticleEntity', { description: 'An entity as one article presents it.' })
export class ArticleEntity {
  @Field(() => ID, { description: 'Global id of the entity.' })
  id!: string;

  @Field(() => EntityLabelEnum, { description: 'Person, group or place.' })
  label!: EntityLabel;

  @Field({ description: 'The article\'s fullest name for it.' })
  name!: string;

  @Field(() => [String], { description: 'Every form the article uses, name included.' })
  forms!: string[];

  @Field(() => [String], { description: 'Titles and roles the article gives it.' })
  roles!: string[];

  @Field(() => Int, { description: 'How many times the article mentions it.' })
  mentionCount!: number;
}

/** What one article says about an event, as resolvers pass it around. */
export type ArticleEventValue = EventContribution & { articleId: string };

/** What one article says about an event. */
@ObjectType('ArticleEvent', { description: 'An event as one article reports it.' })
export class ArticleEvent {
  @Field(() => ID, { description: 'Global id of the event.' })
  id!: string;

  @Field({ description: 'A readable name.' })
  name!: string;

  @Field(() => FactStatusEnum, { description: 'How this article presents it.' })
  status!: FactStatus;

  @Field(() => [Evidence], { description: 'The sentences of this article that report it.' })
  evidence!: EventContribution['evidence'];
}

/** What one article says about a relation. */
@ObjectType('ArticleRelation', { description: 'A relation as one article states it.' })
export class ArticleRelation {
  @Field(() => ID, { description: 'Global id of the relation.' })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'What the relation says.' })
  type!: EdgeType;

  @Field(() => FactStatusEnum, { description: 'How this article presents it.' })
  status!: FactStatus;

  @Field(() => [Evidence], { description: 'The sentences of this article that state it.' })
  evidence!: EdgeContribution['evidence'];
}

/** What was extracted from one article, as resolvers pass it around. */
export interface ArticleExtractionValue {
  entities: ArticleEntityValue[];
  events: ArticleEventValue[];
  relations: EdgeContribution[];
}

/** Everything extracted from one article. */
@ObjectType('ArticleExtraction', {
  description: 'What was extracted from one article (its contribution to the graph), with offsets for highlighting.',
})
export class ArticleExtraction {
  @Field(() => [ArticleEntity], { description: 'The people, groups and places it mentions.' })
  entities!: ArticleEntityValue[];

  @Field(() => [ArticleEvent], { description: 'The events it reports.' })
  events!: ArticleEventValue[];

  @Field(() => [ArticleRelation], {
    description: 'The relations it states, event roles (CARRIED_OUT, TARGETED, OCCURRED_IN) included.',
  })
  relations!: EdgeContribution[];
}
