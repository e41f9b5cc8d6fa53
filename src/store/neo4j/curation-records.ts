/** Curation actions as `(:Curation)` node properties: strings and lists of strings only, absent means null. */
import type { CurationAction } from '../graph-store';
import { NewsgraphError } from '../../errors';
import { optStr, str, strs, type Props, type StoredProps } from './records';

/** The properties of a `(:Curation)` node. */
export function curationProps(action: CurationAction): Props {
  return {
    id: action.id,
    kind: action.kind,
    entityIds: action.entityIds,
    aliases: action.aliases,
    resultId: action.resultId,
    note: action.note,
    actor: action.actor,
    at: action.at,
    undoneAt: action.undoneAt,
    undoneBy: action.undoneBy,
    articleIds: action.articleIds,
    priorForms: action.priorForms,
    priorFormOwners: action.priorFormOwners,
  };
}

/** A curation action read back from its node. */
export function curationFrom(props: StoredProps): CurationAction {
  const kind = str(props, 'kind');
  if (kind !== 'merge' && kind !== 'split') {
    throw new NewsgraphError('STORE_CORRUPT', `curation ${String(props.id)} has unknown kind '${kind}'`);
  }
  return {
    id: str(props, 'id'),
    kind,
    entityIds: strs(props, 'entityIds'),
    aliases: strs(props, 'aliases'),
    resultId: str(props, 'resultId'),
    note: optStr(props, 'note'),
    actor: str(props, 'actor'),
    at: str(props, 'at'),
    undoneAt: optStr(props, 'undoneAt'),
    undoneBy: optStr(props, 'undoneBy'),
    articleIds: strs(props, 'articleIds'),
    priorForms: strs(props, 'priorForms'),
    priorFormOwners: strs(props, 'priorFormOwners'),
  };
}
