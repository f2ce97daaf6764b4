import { localizeName } from '../../api/ApiError';
import type { DryRun, ElementPair, PlanElement } from './api';

/** One source element of the plan and where the administrator sends it (null: no counterpart in the target). */
export interface MappingRow {
  source: string;
  sourceName?: string | null;
  kind: string;
  target: string | null;
}

/** How a row came to be: proposed by the server (same id), changed by the administrator, or left without a counterpart. */
export type RowOrigin = 'generated' | 'edited' | 'unmapped';

/** The element kinds the screen names in words (`migrations.kind.<kind>`); any other kind is shown as it is. */
export const elementKinds = [
  'StartEvent',
  'EndEvent',
  'UserTask',
  'ServiceTask',
  'ScriptTask',
  'SendTask',
  'ReceiveTask',
  'ManualTask',
  'BusinessRuleTask',
  'Task',
  'CallActivity',
  'SubProcess',
  'ExclusiveGateway',
  'ParallelGateway',
  'InclusiveGateway',
  'EventBasedGateway',
  'IntermediateCatchEvent',
  'IntermediateThrowEvent',
  'BoundaryEvent',
  'EventSubProcess',
] as const;

/** What an event waits for or throws, as the engine appends it to the kind (`intermediateCatchEvent:timer`). */
export const eventKinds = ['timer', 'message', 'signal', 'conditional', 'error', 'escalation', 'link'] as const;

/**
 * The server may spell a kind `userTask`, `UserTask` or `bpmn:UserTask`, with what an event waits for after a colon
 * (`intermediateCatchEvent:timer`): one spelling for comparing and naming.
 */
export function normalizeKind(kind: string | null | undefined): string {
  const [type, ...rest] = (kind ?? '').replace(/^bpmn:/i, '').split(':');
  const bare = type.charAt(0).toUpperCase() + type.slice(1);
  return rest.length ? `${bare}:${rest.join(':').toLowerCase()}` : bare;
}

/**
 * A kind in words: the element type and, for an event, what it waits for (a timer catch event). Built by hand
 * because i18next reads a colon in a key as a namespace.
 */
export function kindLabel(t: (key: string, options?: { defaultValue: string }) => string, kind: string, chinese: boolean): string {
  const [type, event] = normalizeKind(kind).split(':');
  const typeText = t(`migrations.kind.${type}`, { defaultValue: type });
  if (!event) return typeText;
  const eventText = t(`migrations.eventKind.${event}`, { defaultValue: event });
  return chinese ? `${typeText}（${eventText}）` : `${typeText} (${eventText})`;
}

/**
 * The rows of a plan: the elements instances wait on first (the ones that matter), then every other mapped source
 * element, then those the server found no counterpart for.
 */
export function rowsFromPlan(plan: DryRun): MappingRow[] {
  const waiting = instanceCounts(plan);
  const mapped = plan.mapping.map((m) => ({ source: m.source, sourceName: m.sourceName, kind: normalizeKind(m.sourceKind), target: m.target }));
  const seen = new Set(mapped.map((r) => r.source));
  const unmapped = plan.unmappedSource
    .filter((e) => !seen.has(e.id))
    .map((e) => ({ source: e.id, sourceName: e.name, kind: normalizeKind(e.kind), target: null }));
  const rows = [...mapped, ...unmapped];
  return [...rows.filter((r) => waiting.has(r.source)), ...rows.filter((r) => !waiting.has(r.source))];
}

/** Every element of the target version the plan knows, once each, with its kind normalised. */
export function targetsFromPlan(plan: DryRun): PlanElement[] {
  const targets = new Map<string, PlanElement>();
  for (const m of plan.mapping) targets.set(m.target, { id: m.target, name: m.targetName, kind: normalizeKind(m.targetKind) });
  for (const e of plan.unmappedTarget) if (!targets.has(e.id)) targets.set(e.id, { ...e, kind: normalizeKind(e.kind) });
  return [...targets.values()];
}

/** Where the server would send each source element (its proposal before the administrator changed anything). */
export function proposalOf(rows: readonly MappingRow[]): Map<string, string | null> {
  return new Map(rows.map((r) => [r.source, r.target]));
}

export function originOf(row: MappingRow, proposal: ReadonlyMap<string, string | null>): RowOrigin {
  if (row.target === null) return 'unmapped';
  return proposal.get(row.source) === row.target ? 'generated' : 'edited';
}

/** A token can only move to an element of the same kind (a user task to a user task). */
export function compatibleTargets(row: MappingRow, targets: readonly PlanElement[]): PlanElement[] {
  return targets.filter((t) => normalizeKind(t.kind) === row.kind);
}

export function withTarget(rows: readonly MappingRow[], source: string, target: string | null): MappingRow[] {
  return rows.map((r) => (r.source === source ? { ...r, target } : r));
}

/** The mapping the API takes: the rows that have a counterpart. */
export function mappingOf(rows: readonly MappingRow[]): ElementPair[] {
  return rows.filter((r) => r.target !== null).map((r) => ({ source: r.source, target: r.target! }));
}

/** Two mappings are the same plan when they pair the same elements, in any order. */
export function sameMapping(a: readonly ElementPair[], b: readonly ElementPair[]): boolean {
  const key = (pairs: readonly ElementPair[]) =>
    pairs
      .map((p) => `${p.source}\u0000${p.target}`)
      .sort()
      .join('\u0001');
  return key(a) === key(b);
}

/** Target elements no source element maps to: new in the target version (or left out on purpose). */
export function newTargets(rows: readonly MappingRow[], targets: readonly PlanElement[]): PlanElement[] {
  const used = new Set(rows.map((r) => r.target));
  return targets.filter((t) => !used.has(t.id));
}

export interface SideMarks {
  mapped: string[];
  /** Source: no counterpart; target: nothing maps to it. */
  unmapped: string[];
  selected: string[];
}

/** What each diagram marks: mapped elements, the ones left over, and the selected row's pair on both sides. */
export function diagramMarks(rows: readonly MappingRow[], targets: readonly PlanElement[], selectedSource: string | null): { source: SideMarks; target: SideMarks } {
  const selected = rows.find((r) => r.source === selectedSource);
  const usedTargets = new Set(rows.flatMap((r) => (r.target ? [r.target] : [])));
  return {
    source: {
      mapped: rows.filter((r) => r.target !== null).map((r) => r.source),
      unmapped: rows.filter((r) => r.target === null).map((r) => r.source),
      selected: selected ? [selected.source] : [],
    },
    target: {
      mapped: [...usedTargets],
      unmapped: targets.filter((t) => !usedTargets.has(t.id)).map((t) => t.id),
      selected: selected?.target ? [selected.target] : [],
    },
  };
}

/** The rows a click on a target element selects: the first source element mapped to it. */
export function sourceForTarget(rows: readonly MappingRow[], target: string): string | null {
  return rows.find((r) => r.target === target)?.source ?? null;
}

/** How many instances wait on each source element (a badge on the source diagram). */
export function instanceCounts(plan: DryRun | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const instance of plan?.instances ?? []) for (const id of new Set(instance.activeElements)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** An element as a person reads it: its name in the user's language, the id only when it has no name. */
export function elementName(id: string, names: ReadonlyMap<string, string | null | undefined>, language: string): string {
  const name = names.get(id);
  return name ? localizeName(name, language) : id;
}

/** Names of every element the plan mentions, source and target, for showing ids as names. */
export function namesOf(plan: DryRun | undefined, rows: readonly MappingRow[]): { source: Map<string, string | null | undefined>; target: Map<string, string | null | undefined> } {
  const source = new Map<string, string | null | undefined>(rows.map((r) => [r.source, r.sourceName]));
  const target = new Map<string, string | null | undefined>((plan ? targetsFromPlan(plan) : []).map((t) => [t.id, t.name]));
  return { source, target };
}
