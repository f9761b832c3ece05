import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { KeeperDatabase, SETTINGS_KEY } from '../db/database';
import { applyImport, readCurrentData } from '../db/import-backup';
import type { Plan } from '../plans/plan';
import { backupContentArbitrary, type BackupContentValue } from '../../tests/support/arbitraries';
import { exportBackup } from './export-backup';
import { previewImport, type CurrentData, type ImportPreview } from './import-preview';
import { parseBackup, type BackupErrorCode } from './parse-backup';
import { isSameValue } from './same-value';

/**
 * Test tooling, not shipped (nothing in entrypoints/ imports it): throws malformed backups
 * at the whole import path — parseBackup → previewImport → applyImport into an in-memory
 * IndexedDB (fake-indexeddb) holding known data — and counts what must never happen:
 *
 * - a crash: an exception escaping parseBackup or previewImport;
 * - a partial write: after an import that was refused or failed, the database differs
 *   from before (imports that succeed are checked to have written exactly the preview);
 * - prototype pollution: `Object.prototype` gained a property.
 *
 * Accepted imports are made to fail at a random write half of the time, to check that
 * the one transaction really is all or nothing. Deterministic for a seed. Run by
 * backup-fuzz.test.ts (a few hundred inputs) and bench/backup-fuzz.bench.ts (10,000+).
 */
export interface FuzzReport {
  inputs: number;
  /** Inputs parseBackup accepted (valid, or mutated into something still valid). */
  accepted: number;
  refused: Partial<Record<BackupErrorCode, number>>;
  crashes: number;
  partialWrites: number;
  /** Successful imports whose database content was not what the preview said. */
  wrongWrites: number;
  /** Accepted imports made to fail midway (all must leave the database as it was). */
  injectedFailures: number;
  /** Imports that failed although nothing was injected. */
  unexpectedImportFailures: number;
  prototypePollutions: number;
  /** The slowest single parseBackup, ms. */
  slowestParseMs: number;
  /** The first few crashes, for the person fixing them. */
  samples: string[];
}

const NOW = new Date('2026-11-20T08:30:00.000Z');
const MAX_SAMPLES = 5;

export async function fuzzImport(count: number, seed: number): Promise<FuzzReport> {
  const random = seededRandom(seed);
  const pool = fc.sample(backupContentArbitrary({ maxPlans: 8, maxRenewals: 12 }), { seed, numRuns: 24 });
  const known = pool.reduce((most, content) => (content.plans.length > most.plans.length ? content : most));
  const bases = pool.map((content) => (random() < 0.5 ? related(content, known, random) : content));
  const randomJson = fc.sample(fc.json({ depthSize: 'medium' }), { seed: seed + 1, numRuns: 64 });

  const db = new KeeperDatabase(`backup-fuzz-${seed}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await restore(db, known);
  const before = await readCurrentData(db);

  const report: FuzzReport = {
    inputs: 0,
    accepted: 0,
    refused: {},
    crashes: 0,
    partialWrites: 0,
    wrongWrites: 0,
    injectedFailures: 0,
    unexpectedImportFailures: 0,
    prototypePollutions: 0,
    slowestParseMs: 0,
    samples: [],
  };
  const crash = (stage: string, kind: string, error: unknown) => {
    report.crashes += 1;
    if (report.samples.length < MAX_SAMPLES) report.samples.push(`${stage} (${kind}): ${error instanceof Error ? error.stack : String(error)}`);
  };

  try {
    for (let index = 0; index < count; index += 1) {
      const base = bases[Math.floor(random() * bases.length)]!;
      const { kind, input } = malformedInput(base, randomJson, random);
      report.inputs += 1;

      let result: ReturnType<typeof parseBackup>;
      const started = performance.now();
      try {
        result = parseBackup(input as string);
      } catch (error) {
        crash('parseBackup', kind, error);
        continue;
      } finally {
        report.slowestParseMs = Math.max(report.slowestParseMs, performance.now() - started);
        if (prototypeIsPolluted()) report.prototypePollutions += 1;
      }
      if (!result.ok) {
        report.refused[result.code] = (report.refused[result.code] ?? 0) + 1;
        // Nothing was written; make sure of it.
        if (!isSameData(await readCurrentData(db), before)) report.partialWrites += 1;
        continue;
      }
      report.accepted += 1;

      let preview: ImportPreview;
      try {
        preview = previewImport(result.backup, before, { replaceSettings: random() < 0.5 });
      } catch (error) {
        crash('previewImport', kind, error);
        continue;
      }

      const writes = preview.plans.added.length + preview.plans.updated.length + preview.renewals.added.length + (preview.settings.outcome === 'replaced' ? 1 : 0);
      const failAt = writes > 0 && random() < 0.5 ? 1 + Math.floor(random() * writes) : undefined;
      const removeFailure = failAt === undefined ? undefined : injectFailure(db, failAt, random() < 0.5);
      let failed = false;
      try {
        await applyImport(db, preview);
      } catch {
        failed = true;
      } finally {
        removeFailure?.();
      }

      const after = await readCurrentData(db);
      if (failed) {
        if (failAt === undefined) report.unexpectedImportFailures += 1;
        else report.injectedFailures += 1;
        if (!isSameData(after, before)) {
          report.partialWrites += 1;
          await restore(db, known);
        }
      } else {
        if (failAt !== undefined) report.unexpectedImportFailures += 1; // the failure did not stop it
        if (!isSameData(after, expectedAfter(before, preview))) report.wrongWrites += 1;
        await restore(db, known);
      }
    }
  } finally {
    db.close();
  }
  return report;
}

// ─── Inputs ──────────────────────────────────────────────────────────────────────────

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// One of each, made once: building them per input would measure string building.
const FIFTY_MEGABYTES = `{"format":"esim-keeper-backup","version":1,"notes":"${'x'.repeat(50 * 1024 * 1024)}"}`;
const PLACEHOLDER = 'FUZZ-PLACEHOLDER-7f3a9c';

const MUTATIONS = [
  'valid',
  'truncate',
  'dropField',
  'retype',
  'wrongValue',
  'duplicateRecord',
  'orphanRenewal',
  'hugeString',
  'deepNesting',
  'futureVersion',
  'prototypeKeys',
  'notOurs',
  'randomJson',
  'notText',
  'fiftyMegabytes',
  'several',
] as const;
type Mutation = (typeof MUTATIONS)[number];
// Mutations applied one after another by `several`: not the huge or deep ones, which the
// next step would have to parse and write again (and JSON.stringify cannot write 100,000
// levels).
const COMBINABLE: readonly Mutation[] = ['dropField', 'retype', 'wrongValue', 'duplicateRecord', 'orphanRenewal', 'futureVersion', 'prototypeKeys'];

function malformedInput(base: BackupContentValue, randomJson: readonly string[], random: () => number): { kind: Mutation; input: unknown } {
  const kind = pick(MUTATIONS, random);
  const backup = JSON.parse(exportBackup(base, NOW)) as { [key: string]: Json };
  switch (kind) {
    case 'valid':
      return { kind, input: JSON.stringify(backup) };
    case 'truncate': {
      const text = JSON.stringify(backup, null, random() < 0.5 ? 2 : undefined);
      return { kind, input: text.slice(0, Math.floor(random() * text.length)) };
    }
    case 'fiftyMegabytes':
      return { kind, input: FIFTY_MEGABYTES };
    case 'notText':
      return { kind, input: pick([undefined, null, 42, {}, [], true, Symbol('backup')], random) };
    case 'randomJson':
      return { kind, input: pick(randomJson, random) };
    case 'several': {
      let text = JSON.stringify(backup);
      for (let step = 0, steps = 2 + Math.floor(random() * 3); step < steps; step += 1) {
        const parsed = safeJson(text);
        if (parsed === undefined || typeof parsed !== 'object' || parsed === null) break;
        text = mutate(parsed as { [key: string]: Json }, pick(COMBINABLE, random), random);
      }
      return { kind, input: text };
    }
    default:
      return { kind, input: mutate(backup, kind, random) };
  }
}

/** One structural mutation of a parsed backup, written back as text. */
function mutate(backup: { [key: string]: Json }, kind: Mutation, random: () => number): string {
  const paths = allPaths(backup);
  const path = pick(paths, random);
  switch (kind) {
    case 'dropField': {
      const field = pick(paths.filter((candidate) => typeof candidate.at(-1) === 'string'), random);
      const parent = at(backup, field.slice(0, -1));
      if (parent && typeof parent === 'object' && !Array.isArray(parent)) delete parent[field.at(-1) as string];
      return JSON.stringify(backup);
    }
    case 'retype':
      return JSON.stringify(replaceAt(backup, path, pick<Json>([null, 0, -1, 1e308, '', 'text', true, [], {}, [1, 'two'], { id: 1 }], random)));
    case 'wrongValue':
      return JSON.stringify(
        replaceAt(
          backup,
          path,
          pick<Json>(['yesterday', '2026-13-45T25:61:00Z', '8939100000000000001', '+39 333', 'LPA:2$x', 'http://insecure.example', 'Mars/Olympus', 'XXX', -0.01, 1.5, 'atExpiry', { daysBefore: 0 }], random),
        ),
      );
    case 'duplicateRecord': {
      const list = pick(['plans', 'renewals'], random);
      const records = backup[list];
      if (Array.isArray(records) && records.length > 0) records.push(structuredClone(pick(records, random)));
      return JSON.stringify(backup);
    }
    case 'orphanRenewal': {
      const renewals = backup.renewals;
      if (Array.isArray(renewals) && renewals.length > 0) {
        const renewal = pick(renewals, random);
        if (renewal && typeof renewal === 'object' && !Array.isArray(renewal)) renewal.planId = `gone-${Math.floor(random() * 1000)}`;
      }
      return JSON.stringify(backup);
    }
    case 'hugeString': {
      // Mostly 1 kB–2 MB; now and then just under the size limit.
      const length = random() < 0.02 ? 19 * 1024 * 1024 : Math.floor(1000 * 2000 ** random());
      return JSON.stringify(replaceAt(backup, path, PLACEHOLDER)).replace(`"${PLACEHOLDER}"`, () => JSON.stringify(pick(['9', 'a', ' ', 'é'], random).repeat(length)));
    }
    case 'deepNesting': {
      const depth = Math.floor(100 * 1000 ** random()); // 100 to 100,000 levels
      const [open, close] = random() < 0.5 ? ['[', ']'] : ['{"a":', '}'];
      const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
      return JSON.stringify(replaceAt(backup, path, PLACEHOLDER)).replace(`"${PLACEHOLDER}"`, () => nested);
    }
    case 'futureVersion':
      return JSON.stringify({ ...backup, version: pick<Json>([2, 3, 99, 1.0000001, 1e308, '2', -1, 0, null], random) });
    case 'prototypeKeys': {
      const key = pick(['__proto__', 'constructor', 'prototype'], random);
      const value = key === 'constructor' ? { prototype: { polluted: true } } : { polluted: true, format: 'esim-keeper-backup' };
      const objects = paths.filter((candidate) => {
        const node = at(backup, candidate);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const target = at(backup, pick([[], ...objects], random)) as { [key: string]: Json };
      // Written as text: assigning `__proto__` would set the object's prototype instead.
      target[PLACEHOLDER] = PLACEHOLDER;
      return JSON.stringify(backup).replace(`"${PLACEHOLDER}":"${PLACEHOLDER}"`, () => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
    case 'notOurs':
      return JSON.stringify({ ...backup, format: pick<Json>(['esim-keeper', 'ESIM-KEEPER-BACKUP', '', null, 1, undefined as unknown as Json], random) });
    default:
      return JSON.stringify(backup);
  }
}

/** Another copy of known plans as a second machine would hold them: some under the same id, some re-added. */
function related(content: BackupContentValue, known: BackupContentValue, random: () => number): BackupContentValue {
  const ids = new Set(content.plans.map((plan) => plan.id));
  const plans: Plan[] = [...content.plans];
  for (const plan of known.plans) {
    const choice = random();
    const copy: Plan =
      choice < 0.3 ? plan : choice < 0.6 ? { ...plan, label: `${plan.label} (edited)`.slice(0, 80) } : { ...plan, id: `other-${plan.id}`.slice(0, 64) };
    if (ids.has(copy.id)) continue;
    ids.add(copy.id);
    plans.push(copy);
  }
  return { ...content, plans };
}

// ─── Database ────────────────────────────────────────────────────────────────────────

async function restore(db: KeeperDatabase, known: BackupContentValue): Promise<void> {
  await db.transaction('rw', db.plans, db.renewals, db.settings, async () => {
    await Promise.all([db.plans.clear(), db.renewals.clear(), db.settings.clear()]);
    await db.plans.bulkPut(known.plans);
    await db.renewals.bulkPut(known.renewals);
    await db.settings.put({ key: SETTINGS_KEY, value: known.settings });
  });
}

/** Makes the `failAt`-th write of plans, renewals or settings fail, by throwing or rejecting. */
function injectFailure(db: KeeperDatabase, failAt: number, reject: boolean): () => void {
  let writes = 0;
  const patched: { table: object; method: string }[] = [];
  for (const table of [db.plans, db.renewals, db.settings]) {
    for (const method of ['add', 'put'] as const) {
      const original = (table[method] as (...args: unknown[]) => unknown).bind(table);
      Object.defineProperty(table, method, {
        configurable: true,
        writable: true,
        value: (...args: unknown[]) => {
          writes += 1;
          if (writes !== failAt) return original(...args);
          const error = new Error('injected write failure');
          if (reject) return Promise.reject(error);
          throw error;
        },
      });
      patched.push({ table, method });
    }
  }
  return () => {
    for (const { table, method } of patched) delete (table as Record<string, unknown>)[method];
  };
}

function expectedAfter(current: CurrentData, preview: ImportPreview): CurrentData {
  const plans = new Map(current.plans.map((plan) => [plan.id, plan]));
  for (const plan of [...preview.plans.added, ...preview.plans.updated.map((match) => match.after)]) plans.set(plan.id, plan);
  return { plans: [...plans.values()], renewals: [...current.renewals, ...preview.renewals.added], settings: preview.settings.after };
}

function isSameData(a: CurrentData, b: CurrentData): boolean {
  const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return isSameValue(byId(a.plans), byId(b.plans)) && isSameValue(byId(a.renewals), byId(b.renewals)) && isSameValue(a.settings, b.settings);
}

// ─── Helpers ─────────────────────────────────────────────────────────────────────────

function prototypeIsPolluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).includes('polluted');
}

type Path = (string | number)[];

// A backup is a few levels deep; a deeply nested input from an earlier mutation need not
// be walked to its bottom (its paths alone would take memory quadratic in its depth).
const MAX_PATH_DEPTH = 8;

/** Every path into the value down to MAX_PATH_DEPTH, the root included, without recursion. */
function allPaths(root: Json): Path[] {
  const paths: Path[] = [[]];
  const pending: { node: Json; path: Path }[] = [{ node: root, path: [] }];
  while (pending.length > 0) {
    const { node, path } = pending.pop()!;
    if (node === null || typeof node !== 'object' || path.length >= MAX_PATH_DEPTH) continue;
    const entries: [string | number, Json][] = Array.isArray(node) ? node.map((value, index) => [index, value]) : Object.entries(node);
    for (const [key, value] of entries) {
      const child = [...path, key];
      paths.push(child);
      pending.push({ node: value, path: child });
    }
  }
  return paths;
}

function at(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

function replaceAt(root: { [key: string]: Json }, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = at(root, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') (parent as Record<string | number, Json>)[path.at(-1)!] = value;
  return root;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** mulberry32: small, fast, and the same sequence for a seed everywhere. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
