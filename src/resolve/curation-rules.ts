/**
 * Curation as rules the resolver consults on every resolution (ingest, re-ingest, re-resolution), so a
 * curator's merge or split survives re-ingestion and disappears cleanly when undone:
 * - merge: every id of the action resolves to one survivor (the smallest id of the connected merges);
 * - split: an entity that resolves to node X gives the split forms to the split's node instead, so those
 *   forms never resolve back into X.
 */
import type { EntityLabel } from '../model/vocabulary';
import type { CurationAction } from '../store/graph-store';
import { nameKey } from '../util/normalize';
import { compareText } from '../store/aggregate';

/** One split rule: forms (by `nameKey`) of `from` that belong to `to`. */
interface SplitRule {
  to: string;
  formKeys: ReadonlySet<string>;
}

/** How an entity that resolved to some node is placed once the rules apply. */
export interface CuratedPlacement {
  /** The node the entity's own key (and so its relations) goes to. */
  id: string;
  /** The forms that stay with `id`. */
  forms: string[];
  /** Forms split off to another node, as a relation-less part (null when none). */
  part: { id: string; forms: string[] } | null;
}

/** The active curation rules, ready for lookups. */
export class CurationRules {
  private readonly survivor = new Map<string, string>();
  private readonly splits = new Map<string, SplitRule[]>();

  /** Builds the rules of the actions that are not undone, in the order given. */
  constructor(actions: readonly CurationAction[] = []) {
    const active = actions.filter((a) => a.undoneAt === null);
    // Connected merges form one entity, represented by its smallest id whatever the order of actions.
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) root = next;
      return root;
    };
    for (const action of active) {
      if (action.kind !== 'merge') continue;
      for (const id of action.entityIds) {
        const [a, b] = [find(id), find(action.resultId)];
        if (a !== b) parent.set(compareText(a, b) < 0 ? b : a, compareText(a, b) < 0 ? a : b);
      }
    }
    for (const id of parent.keys()) this.survivor.set(id, find(id));
    for (const action of active) {
      const [split] = action.entityIds;
      if (action.kind !== 'split' || split === undefined) continue;
      // A node split and later merged into another: its forms stay apart from the merged node.
      const from = this.merged(split);
      const list = this.splits.get(from) ?? [];
      list.push({ to: action.resultId, formKeys: new Set(action.aliases.map(nameKey)) });
      this.splits.set(from, list);
    }
  }

  /** True when no rule is active (resolution is then exactly as without curation). */
  get empty(): boolean {
    return this.survivor.size === 0 && this.splits.size === 0;
  }

  /** The id a node id resolves to under the merge rules. */
  merged(id: string): string {
    return this.survivor.get(id) ?? id;
  }

  /**
   * Where an entity with these forms goes when the resolver chose node `id` (`fresh` when no existing node
   * matched and `id` is new): merged ids become their survivor; forms split off that node go to the split's
   * node. A new entity named only by split forms is that split's node, as an exact name would join it
   * (this keeps the split node when its own article is resolved again). The entity's key follows `name`.
   */
  place(id: string, name: string, forms: readonly string[], fresh = false): CuratedPlacement {
    if (fresh) {
      for (const rules of this.splits.values()) {
        const rule = rules.find((r) => forms.every((f) => r.formKeys.has(nameKey(f))));
        if (rule) return { id: this.merged(rule.to), forms: [...forms], part: null };
      }
    }
    const target = this.merged(id);
    for (const rule of this.splits.get(target) ?? []) {
      const moved = forms.filter((f) => rule.formKeys.has(nameKey(f)));
      if (moved.length === 0) continue;
      const kept = forms.filter((f) => !rule.formKeys.has(nameKey(f)));
      const to = this.merged(rule.to);
      if (kept.length === 0) return { id: to, forms: moved, part: null };
      return rule.formKeys.has(nameKey(name))
        ? { id: to, forms: moved, part: { id: target, forms: kept } }
        : { id: target, forms: kept, part: { id: to, forms: moved } };
    }
    return { id: target, forms: [...forms], part: null };
  }
}

/** No curation at all. */
export const NO_CURATION = new CurationRules();

/** Something that can list curation actions (every `GraphStore`). */
interface CurationSource {
  listCurations(filter: { activeOnly: boolean }): Promise<CurationAction[]>;
}

function hasCurations(index: object): index is CurationSource {
  return 'listCurations' in index && typeof index.listCurations === 'function';
}

/** The active rules of a store, or none when the index keeps no curation (a bare `ResolutionIndex`). */
export async function loadCurationRules(index: object): Promise<CurationRules> {
  return hasCurations(index) ? new CurationRules(await index.listCurations({ activeOnly: true })) : NO_CURATION;
}

/** The id prefix of new nodes of each label (shared by the resolver and split nodes). */
export const ID_PREFIX: Readonly<Record<EntityLabel, string>> = { Person: 'p_', Group: 'g_', Place: 'l_' };
