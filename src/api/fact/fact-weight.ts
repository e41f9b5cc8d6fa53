/**
 * How much weight a fact (a relation or an event) carries, from who reports it and how: the number of
 * independent outlets and the way each source presents it. Pure, so the formula is tested on its own and
 * documented in one place (`CONFIDENCE_DESCRIPTION` is what the schema shows).
 */
import type { SourceStatus } from '../../model/graph';
import type { FactStatus } from '../../model/vocabulary';

/**
 * How much one source's presentation counts. A plain statement counts fully; a claim attributed to a speaker
 * is one step removed; a hedge ("likely", "we believe") says the source itself is unsure; a disputed
 * presentation reports a competing claim, so it counts least.
 */
export const STATUS_WEIGHTS: Readonly<Record<FactStatus, number>> = {
  stated: 1,
  attributed: 0.8,
  hedged: 0.5,
  disputed: 0.2,
};

/** The formula, as the schema documents it on every `confidence` field. */
export const CONFIDENCE_DESCRIPTION =
  'Confidence in [0, 1] from the sources: (1 − 0.5^outletCount) × the mean over supporting articles of a ' +
  'status weight (stated 1, attributed 0.8, hedged 0.5, disputed 0.2), rounded to 3 decimals. Each further ' +
  'independent outlet halves the remaining doubt (one outlet 0.5, two 0.75, three 0.875 when all state it); ' +
  'hedged and attributed reports weigh less than stated ones, and a source that disputes the fact lowers it.';

/** What the weight of a fact is computed from. */
export interface WeightInput {
  /** Distinct outlets among the supporting articles (an article of unknown outlet counts as one). */
  outletCount: number;
  /** How each supporting article presents the fact. */
  statuses: readonly Pick<SourceStatus, 'status'>[];
}

/** The confidence of a fact (see `CONFIDENCE_DESCRIPTION`); 0 when nothing supports it. */
export function confidence({ outletCount, statuses }: WeightInput): number {
  if (outletCount <= 0) return 0;
  const independence = 1 - 0.5 ** outletCount;
  // No statuses at all (a backend that does not keep them) says nothing against the fact.
  const presentation =
    statuses.length === 0 ? 1 : statuses.reduce((sum, { status }) => sum + STATUS_WEIGHTS[status], 0) / statuses.length;
  return Math.round(independence * presentation * 1000) / 1000;
}
