import type { Plan } from '../plans/plan';
import type { Renewal } from '../plans/renewal';
import type { Settings } from '../plans/settings';
import type { Backup } from './backup-file';
import { isSameValue } from './same-value';

/** How an incoming plan was recognised as one already kept. */
export type PlanMatch = 'id' | 'iccid' | 'phoneNumber';

/** An incoming plan that is one already kept. */
export interface MatchedPlan {
  /** The plan's id in the file; not `after.id` when it was matched by ICCID or number. */
  incomingId: string;
  matchedBy: PlanMatch;
  /** The plan as kept now. */
  before: Plan;
  /** The plan after the import: the file's, under the kept plan's id. */
  after: Plan;
  /**
   * The kept plan was changed later than the file's copy (`updatedAt`): importing undoes
   * that change. The UI may want to say so; the import does it all the same.
   */
  incomingIsOlder: boolean;
}

/** What an import does, in numbers: "3 plans added, 1 updated, 5 unchanged". */
export interface ImportCounts {
  plansAdded: number;
  plansUpdated: number;
  plansUnchanged: number;
  renewalsAdded: number;
  /** Renewals whose id is already kept; the kept ones stay as they are. */
  renewalsAlreadyKept: number;
  settingsReplaced: boolean;
}

/**
 * Everything an import will do, decided before anything is written: plain data the UI
 * shows and applyImport (src/db/import-backup.ts) writes. Nothing is ever deleted.
 */
export interface ImportPreview {
  plans: {
    added: Plan[];
    updated: MatchedPlan[];
    unchanged: MatchedPlan[];
  };
  renewals: {
    /** New renewals, their `planId` already re-pointed to the kept plan's id. */
    added: Renewal[];
    alreadyKept: Renewal[];
  };
  settings: {
    /**
     * `replaced`: the person ticked "replace my settings" and the file's differ;
     * `unchanged`: ticked, but they are the same; `kept`: not ticked.
     */
    outcome: 'replaced' | 'unchanged' | 'kept';
    /** The settings now, `undefined` when none were ever saved (the defaults apply). */
    before: Settings | undefined;
    /** The settings after the import (`before` unless replaced). */
    after: Settings | undefined;
  };
  counts: ImportCounts;
}

/** What the database holds now. */
export interface CurrentData {
  plans: readonly Plan[];
  renewals: readonly Renewal[];
  settings: Settings | undefined;
}

export interface ImportOptions {
  /** The person ticked "replace my settings with the backup's". */
  replaceSettings: boolean;
}

/**
 * Decides what importing `backup` into `current` does. An incoming plan is the same plan
 * as a kept one when they share the id; failing that, the ICCID; failing that, the phone
 * number (E.164): the person re-added the SIM on another machine, so it got another id.
 * Ids are matched first for all plans, then ICCIDs, then numbers, and each kept plan
 * matches at most one incoming plan. A plan matched by ICCID or number keeps the kept
 * plan's id, and the file's renewals of it are re-pointed there.
 *
 * `backup` is what parseBackup accepted: ids unique, every renewal's plan in the file.
 */
export function previewImport(backup: Backup, current: CurrentData, { replaceSettings }: ImportOptions): ImportPreview {
  const matches = matchPlans(backup.plans, current.plans);
  const added: Plan[] = [];
  const updated: MatchedPlan[] = [];
  const unchanged: MatchedPlan[] = [];
  for (const incoming of backup.plans) {
    const match = matches.get(incoming.id);
    if (!match) {
      added.push(incoming);
      continue;
    }
    const after = match.existing.id === incoming.id ? incoming : { ...incoming, id: match.existing.id };
    const matched: MatchedPlan = {
      incomingId: incoming.id,
      matchedBy: match.by,
      before: match.existing,
      after,
      incomingIsOlder: after.updatedAt < match.existing.updatedAt,
    };
    (isSameValue(after, match.existing) ? unchanged : updated).push(matched);
  }

  const keptRenewalIds = new Set(current.renewals.map((renewal) => renewal.id));
  const renewalsAdded: Renewal[] = [];
  const renewalsAlreadyKept: Renewal[] = [];
  for (const renewal of backup.renewals) {
    if (keptRenewalIds.has(renewal.id)) {
      renewalsAlreadyKept.push(renewal);
      continue;
    }
    const planId = matches.get(renewal.planId)?.existing.id ?? renewal.planId;
    renewalsAdded.push(planId === renewal.planId ? renewal : { ...renewal, planId });
  }

  const outcome = !replaceSettings ? 'kept' : isSameValue(backup.settings, current.settings) ? 'unchanged' : 'replaced';
  return {
    plans: { added, updated, unchanged },
    renewals: { added: renewalsAdded, alreadyKept: renewalsAlreadyKept },
    settings: { outcome, before: current.settings, after: outcome === 'replaced' ? backup.settings : current.settings },
    counts: {
      plansAdded: added.length,
      plansUpdated: updated.length,
      plansUnchanged: unchanged.length,
      renewalsAdded: renewalsAdded.length,
      renewalsAlreadyKept: renewalsAlreadyKept.length,
      settingsReplaced: outcome === 'replaced',
    },
  };
}

interface Match {
  existing: Plan;
  by: PlanMatch;
}

/** Incoming plan id → the kept plan it is. */
function matchPlans(incoming: readonly Plan[], kept: readonly Plan[]): Map<string, Match> {
  const matches = new Map<string, Match>();
  const claimed = new Set<string>();
  const keptById = new Map(kept.map((plan) => [plan.id, plan]));
  for (const plan of incoming) {
    const existing = keptById.get(plan.id);
    if (existing) {
      matches.set(plan.id, { existing, by: 'id' });
      claimed.add(existing.id);
    }
  }
  for (const by of ['iccid', 'phoneNumber'] as const) {
    const keptByValue = groupBy(kept, by);
    for (const plan of incoming) {
      const value = plan[by];
      if (matches.has(plan.id) || value === undefined) continue;
      const candidates = (keptByValue.get(value) ?? []).filter((candidate) => !claimed.has(candidate.id));
      const existing = bestCandidate(plan, candidates);
      if (existing) {
        matches.set(plan.id, { existing, by });
        claimed.add(existing.id);
      }
    }
  }
  return matches;
}

/**
 * When several kept plans share the ICCID or number (a line re-added after archiving the
 * old plan), the incoming plan is: the one already the same as it (so importing a file
 * twice changes nothing the second time), else one archived alike, else the most
 * recently changed, else the first by id, so the choice never depends on database order.
 */
function bestCandidate(incoming: Plan, candidates: readonly Plan[]): Plan | undefined {
  const unlike = (candidate: Plan) => Number(!isSameValue({ ...candidate, id: incoming.id }, incoming));
  const archivedOtherwise = (candidate: Plan) => Number(candidate.archived !== incoming.archived);
  return [...candidates].sort(
    (a, b) =>
      unlike(a) - unlike(b) ||
      archivedOtherwise(a) - archivedOtherwise(b) ||
      compareText(b.updatedAt, a.updatedAt) ||
      compareText(a.id, b.id),
  )[0];
}

// Code-unit order: instants stored in UTC compare as text, ids the same everywhere.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupBy(plans: readonly Plan[], field: 'iccid' | 'phoneNumber'): Map<string, Plan[]> {
  const groups = new Map<string, Plan[]>();
  for (const plan of plans) {
    const value = plan[field];
    if (value === undefined) continue;
    const group = groups.get(value);
    if (group) group.push(plan);
    else groups.set(value, [plan]);
  }
  return groups;
}
