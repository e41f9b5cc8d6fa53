import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { printSchemaFile } from '../../src/api/print-schema';
import { buildNewsgraphSchema } from '../../src/api/schema';

const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

/** Every schema element without a description, as "Type.field(arg)" paths. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (where: string, description: string | null | undefined) => {
    if (!description || description.trim() === '') missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe('the GraphQL schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildNewsgraphSchema();
  });

  it('matches the committed schema/schema.graphql (run `npm run build && npm run schema:emit` when it changed)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    const current = printSchemaFile(schema);
    if (committed !== current) {
      throw new Error(
        'schema/schema.graphql is stale: the API changed. Run `npm run build && npm run schema:emit` and commit it.',
      );
    }
  });

  it('describes every type, field, argument, input field and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('makes Person, Group, Place, Event and Article nodes, and the three entity types entities', () => {
    const implementers = (name: string) =>
      schema
        .getPossibleTypes(schema.getType(name) as Parameters<GraphQLSchema['getPossibleTypes']>[0])
        .map((type) => type.name)
        .sort();
    expect(implementers('Node')).toEqual(['Article', 'Event', 'Group', 'Person', 'Place']);
    expect(implementers('Entity')).toEqual(['Group', 'Person', 'Place']);
  });

  it('takes enum values from the model vocabulary in CONSTANT_CASE', () => {
    const values = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    };
    expect(values('EventType')).toContain('KILLING');
    expect(values('RelationType')).toEqual(expect.arrayContaining(['KILLED', 'CARRIED_OUT', 'OCCURRED_IN']));
    expect(values('ArticleFormat')).toEqual(['HTML', 'FRONT_MATTER', 'TEXT']);
  });
});
