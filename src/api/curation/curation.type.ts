/** Curation actions as the API shows them, and the result of each curation mutation. */
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityNode } from '../../model/graph';
import type { CurationAction as CurationRecord, CurationKind } from '../../store/graph-store';
import { Entity } from '../entity/entity.type';
import { connectionOf } from '../shared/pagination';

/** GraphQL names of the curation kinds; values are the stored strings. */
export const CurationKindEnum: Record<string, CurationKind> = { MERGE: 'merge', SPLIT: 'split' };
registerEnumType(CurationKindEnum, {
  name: 'CurationKind',
  description: 'What a curation action does.',
  valuesConfig: {
    MERGE: { description: 'Several entity nodes made one; the smallest id survives.' },
    SPLIT: { description: 'Surface forms of a node moved to a new node; they never resolve back into it.' },
  },
});

/** One recorded curation action. */
@ObjectType('CurationAction', {
  description: 'A recorded curation action: a rule every later resolution applies until it is undone.',
})
export class CurationAction {
  @Field(() => ID, { description: 'Id of the action; pass it to `undoCuration`.' })
  id!: string;

  @Field(() => CurationKindEnum, { description: 'MERGE or SPLIT.' })
  kind!: CurationKind;

  @Field(() => [ID], { description: 'MERGE: the nodes made one. SPLIT: the node split.' })
  entityIds!: string[];

  @Field(() => [String], { description: 'SPLIT: the surface forms moved to the new node; empty for MERGE.' })
  aliases!: string[];

  @Field(() => ID, { description: 'MERGE: the surviving node. SPLIT: the new node.' })
  resultId!: string;

  @Field(() => String, { nullable: true, description: 'Why, in the curator\'s words.' })
  note!: string | null;

  @Field({ description: 'Who did it (the API caller\'s label, or "cli").' })
  actor!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was done.' })
  at!: string;

  // `undone` is derived from `undoneAt` by `CurationActionResolver`.

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was undone.' })
  undoneAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who undid it.' })
  undoneBy!: string | null;

  @Field(() => [ID], { description: 'Articles that supported the affected nodes when it was done.' })
  articleIds!: string[];
}

/** What a curation mutation resolves to before its fields are read. */
export interface CurationResultValue {
  action: CurationRecord;
  entities: EntityNode[];
}

/** The result of a curation mutation. */
@ObjectType('CurationResult', { description: 'A curation action and the entities the graph holds in consequence.' })
export class CurationResult {
  @Field(() => CurationAction, { description: 'The action as recorded.' })
  action!: CurationRecord;

  @Field(() => [Entity], {
    description: 'MERGE: the surviving node. SPLIT: the node and the new node. Undo: the nodes restored.',
  })
  entities!: EntityNode[];
}

/** The `CurationActionConnection` type. */
@ObjectType('CurationActionConnection', { description: 'A page of curation actions, oldest first.' })
export class CurationActionConnection extends connectionOf<CurationRecord>('CurationAction', CurationAction) {}
