/**
 * Turns bpmn-js-differ's result into rows for the change table and markers for the two diagrams. Kept free of
 * bpmn-js so it is unit-tested without a canvas.
 */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'layout';

export const changeKinds: ChangeKind[] = ['added', 'removed', 'changed', 'layout'];

export interface AttributeChange {
  name: string;
  oldValue: string;
  newValue: string;
}

export interface ChangeRow {
  id: string;
  name: string;
  /** The BPMN type without its prefix, e.g. "ServiceTask". */
  type: string;
  kind: ChangeKind;
  /** Also moved or resized (a changed element keeps its "changed" kind). */
  layoutChanged: boolean;
  attributes: AttributeChange[];
}

/** What bpmn-js-differ's `diff(old, new)` returns (moddle elements carry `$type`, `id`, `name`). */
export interface DiffResult {
  _added: Record<string, ModdleLike>;
  _removed: Record<string, ModdleLike>;
  _changed: Record<string, { model: ModdleLike; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
  _layoutChanged: Record<string, ModdleLike>;
}

export interface ModdleLike {
  $type?: string;
  id?: string;
  name?: string;
  body?: string;
  [property: string]: unknown;
}

/**
 * bpmn-js-differ 3.2 hands a scalar change to its handler as jsondiffpatch's delta, in the wrong slots: `newValue` holds
 * the old value and `oldValue` the new one ([old, new]); an added attribute arrives as (new, undefined) and a removed
 * one as (old, 0) — jsondiffpatch's [old, 0, 0]. Only collection entries ("outgoing[1]") arrive the right way round.
 * Reading it here keeps the table truthful; the unit test pins this against the real differ.
 */
export function attributeValues(name: string, raw: { oldValue: unknown; newValue: unknown }): { oldValue: unknown; newValue: unknown } {
  if (/\[\d+\]$/.test(name)) return raw;
  if (raw.oldValue === undefined) return { oldValue: undefined, newValue: raw.newValue };
  if (raw.oldValue === 0) return { oldValue: raw.newValue, newValue: undefined };
  return { oldValue: raw.newValue, newValue: raw.oldValue };
}

const order: Record<ChangeKind, number> = { added: 0, removed: 1, changed: 2, layout: 3 };

function isModdle(value: unknown): value is ModdleLike {
  return typeof value === 'object' && value !== null && typeof (value as ModdleLike).$type === 'string';
}

/** A value as a short readable text: a referenced element by its id, an expression by its body. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(formatValue).filter(Boolean).join(', ');
  if (isModdle(value)) {
    if (typeof value.body === 'string') return value.body;
    if (value.id) return value.id;
    const name = value.name ?? value.value ?? value.source ?? value.target;
    const type = shortType(value.$type);
    return name !== undefined && name !== null ? `${type} ${formatValue(name)}` : type;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function shortType(type: string | undefined): string {
  if (!type) return '';
  const at = type.indexOf(':');
  return at < 0 ? type : type.slice(at + 1);
}

function row(id: string, element: ModdleLike | undefined, kind: ChangeKind): ChangeRow {
  return {
    id,
    name: typeof element?.name === 'string' ? element.name : '',
    type: shortType(element?.$type),
    kind,
    layoutChanged: kind === 'layout',
    attributes: [],
  };
}

/**
 * One row per element id: added, removed, changed (with each attribute's old and new value) or layout only. An
 * element whose attributes and shape both changed is "changed" with `layoutChanged` set, so it is listed once.
 */
export function classifyChanges(result: DiffResult): ChangeRow[] {
  const rows = new Map<string, ChangeRow>();
  for (const [id, element] of Object.entries(result._added)) rows.set(id, row(id, element, 'added'));
  for (const [id, element] of Object.entries(result._removed)) rows.set(id, row(id, element, 'removed'));
  for (const [id, change] of Object.entries(result._changed)) {
    const attributes = Object.entries(change.attrs)
      .map(([name, raw]) => {
        const values = attributeValues(name, raw);
        return { name, oldValue: formatValue(values.oldValue), newValue: formatValue(values.newValue) };
      })
      .filter((a) => a.oldValue !== a.newValue);
    if (rows.has(id) || attributes.length === 0) continue;
    rows.set(id, { ...row(id, change.model, 'changed'), attributes });
  }
  for (const [id, element] of Object.entries(result._layoutChanged)) {
    const existing = rows.get(id);
    if (existing) existing.layoutChanged = existing.kind === 'changed' || existing.layoutChanged;
    else rows.set(id, row(id, element, 'layout'));
  }
  return [...rows.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.id.localeCompare(b.id));
}

/** Markers per diagram: removed elements exist only on the old side, added only on the new one. */
export function markersFor(rows: readonly ChangeRow[]): { old: Map<string, ChangeKind>; new: Map<string, ChangeKind> } {
  const oldSide = new Map<string, ChangeKind>();
  const newSide = new Map<string, ChangeKind>();
  for (const r of rows) {
    if (r.kind !== 'added') oldSide.set(r.id, r.kind);
    if (r.kind !== 'removed') newSide.set(r.id, r.kind);
  }
  return { old: oldSide, new: newSide };
}

export function countByKind(rows: readonly ChangeRow[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, layout: 0 };
  rows.forEach((r) => counts[r.kind]++);
  return counts;
}
