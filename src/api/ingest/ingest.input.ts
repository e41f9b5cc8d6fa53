/** Input of the ingest mutations. */
import { IsUrl, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import type { ArticleFormat } from '../../model/article';
import { ArticleFormatEnum } from '../shared/enums';

/** One article to ingest; metadata given here wins over what the document states. */
@InputType('IngestArticleInput', { description: 'One article to ingest, with metadata that overrides the document\'s.' })
export class IngestArticleInput {
  @Field({ description: 'The article: an HTML page, Markdown/text with YAML front matter, or plain text.' })
  content!: string;

  @Field(() => ArticleFormatEnum, { nullable: true, description: 'The format, when detection should be skipped.' })
  format?: ArticleFormat | null;

  @Field(() => String, { nullable: true, description: 'Headline.' })
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher ("Reuters").' })
  @MaxLength(200)
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Canonical http(s) URL; also recorded as where it came from.' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Publication date; relative dates in the text ("Friday") are resolved against it.',
  })
  published?: string | null;
}
