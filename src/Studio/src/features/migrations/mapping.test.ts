import { describe, expect, it } from 'vitest';
import { translations, type Tree } from '../../i18n/resources';
import type { DryRun } from './api';
import { batchPercent, pollInterval } from './progress';
import {
  compatibleTargets,
  diagramMarks,
  elementKinds,
  eventKinds,
  kindLabel,
  elementName,
  instanceCounts,
  mappingOf,
  newTargets,
  normalizeKind,
  originOf,
  proposalOf,
  rowsFromPlan,
  sameMapping,
  sourceForTarget,
  targetsFromPlan,
  withTarget,
} from './mapping';

/** v1: start → 审核 review (user task) → end; v2 renamed the task to reviewFirst and added a 复核 recheck task. */
const plan: DryRun = {
  mapping: [
    { source: 'start', sourceName: '开始', sourceKind: 'StartEvent', target: 'start', targetName: '开始', targetKind: 'StartEvent', generated: true },
    { source: 'end', sourceName: null, sourceKind: 'EndEvent', target: 'end', targetName: null, targetKind: 'EndEvent', generated: true },
  ],
  unmappedSource: [{ id: 'review', name: '审核 Review', kind: 'userTask' }],
  unmappedTarget: [
    { id: 'reviewFirst', name: '初审 First review', kind: 'bpmn:UserTask' },
    { id: 'recheck', name: '复核 Recheck', kind: 'UserTask' },
    { id: 'notify', name: '通知', kind: 'ServiceTask' },
  ],
  planProblems: [],
  instances: [
    { instanceId: 'i1', businessKey: 'A-1', activeElements: ['review'], canMigrate: false, problems: [] },
    { instanceId: 'i2', businessKey: 'A-2', activeElements: ['review', 'review'], canMigrate: false, problems: [] },
  ],
  summary: { total: 2, migratable: 0, blocked: 2 },
};

describe('migration mapping', () => {
  it('RowsFromPlan_ListElementsWithInstancesFirst_ThenMapped_ThenUnmapped', () => {
    const rows = rowsFromPlan(plan);
    expect(rows.map((r) => [r.source, r.target, r.kind])).toEqual([
      ['review', null, 'UserTask'],
      ['start', 'start', 'StartEvent'],
      ['end', 'end', 'EndEvent'],
    ]);
    expect(rowsFromPlan({ ...plan, instances: [] }).map((r) => r.source)).toEqual(['start', 'end', 'review']);
  });

  it('CompatibleTargets_OfferOnlyElementsOfTheSameKind_WhateverTheServersSpelling', () => {
    const rows = rowsFromPlan(plan);
    const review = rows.find((r) => r.source === 'review')!;
    expect(compatibleTargets(review, targetsFromPlan(plan)).map((t) => t.id)).toEqual(['reviewFirst', 'recheck']);
    expect(normalizeKind('bpmn:userTask')).toBe('UserTask');
    expect(normalizeKind('intermediateCatchEvent:Timer')).toBe('IntermediateCatchEvent:timer');
  });

  it('Origin_IsGeneratedUntilChanged_EditedAfter_UnmappedWithoutTarget', () => {
    const rows = rowsFromPlan(plan);
    const proposal = proposalOf(rows);
    const fixed = withTarget(rows, 'review', 'reviewFirst');
    expect(fixed.map((r) => originOf(r, proposal))).toEqual(['edited', 'generated', 'generated']);
    expect(originOf(rows[0], proposal)).toBe('unmapped');
    expect(originOf(withTarget(rows, 'end', null)[2], proposal)).toBe('unmapped');
  });

  it('MappingOf_SendsOnlyRowsWithACounterpart_AndCompareIgnoresOrder', () => {
    const fixed = withTarget(rowsFromPlan(plan), 'review', 'reviewFirst');
    const mapping = mappingOf(fixed);
    expect(mapping).toEqual([
      { source: 'review', target: 'reviewFirst' },
      { source: 'start', target: 'start' },
      { source: 'end', target: 'end' },
    ]);
    expect(sameMapping(mapping, [...mapping].reverse())).toBe(true);
    expect(sameMapping(mapping, mappingOf(rowsFromPlan(plan)))).toBe(false);
  });

  it('DiagramMarks_MarkMappedLeftoverAndTheSelectedPairOnBothSides', () => {
    const fixed = withTarget(rowsFromPlan(plan), 'review', 'reviewFirst');
    const targets = targetsFromPlan(plan);
    const marks = diagramMarks(fixed, targets, 'review');
    expect(marks.source).toEqual({ mapped: ['review', 'start', 'end'], unmapped: [], selected: ['review'] });
    expect(marks.target.mapped.sort()).toEqual(['end', 'reviewFirst', 'start']);
    expect(marks.target.unmapped).toEqual(['recheck', 'notify']);
    expect(marks.target.selected).toEqual(['reviewFirst']);
    expect(newTargets(fixed, targets).map((t) => t.id)).toEqual(['recheck', 'notify']);
    expect(sourceForTarget(fixed, 'reviewFirst')).toBe('review');
    expect(sourceForTarget(fixed, 'recheck')).toBeNull();
  });

  it('DiagramMarks_ShowAnUnmappedSourceAndNoTargetSelection', () => {
    const marks = diagramMarks(rowsFromPlan(plan), targetsFromPlan(plan), 'review');
    expect(marks.source.unmapped).toEqual(['review']);
    expect(marks.target.selected).toEqual([]);
  });

  it('InstanceCounts_CountEachInstanceOncePerElement', () => {
    expect([...instanceCounts(plan)]).toEqual([['review', 2]]);
  });

  it('ElementName_IsTheNameInTheUsersLanguage_TheIdOnlyWithoutOne', () => {
    const names = new Map([['review', '审核 Review'], ['end', null]]);
    expect(elementName('review', names, 'zh-CN')).toBe('审核');
    expect(elementName('review', names, 'en')).toBe('Review');
    expect(elementName('end', names, 'en')).toBe('end');
  });

  it('EveryNamedKindOutcomeAndStatus_IsTranslatedInBothLanguages', () => {
    const keys = [
      ...elementKinds.map((k) => `migrations.kind.${k}`),
      ...eventKinds.map((k) => `migrations.eventKind.${k}`),
      ...['generated', 'edited', 'unmapped'].map((k) => `migrations.origin.${k}`),
      ...['queued', 'running', 'completed', 'failed'].map((k) => `migrations.status.${k}`),
      ...['pending', 'migrated', 'failed', 'skipped'].map((k) => `migrations.outcome.${k}`),
    ];
    const has = (tree: Tree, key: string) => typeof key.split('.').reduce<Tree | string | undefined>((node, part) => (node && typeof node === 'object' ? node[part] : undefined), tree) === 'string';
    expect(keys.filter((k) => !has(translations['zh-CN'], k) || !has(translations.en, k))).toEqual([]);
  });
});

describe('kind labels', () => {
  const t = (key: string, options?: { defaultValue: string }) => {
    const found = key.split('.').reduce<Tree | string | undefined>((node, part) => (node && typeof node === 'object' ? node[part] : undefined), translations['zh-CN']);
    return typeof found === 'string' ? found : options!.defaultValue;
  };

  it('KindLabel_NamesTheTypeAndWhatAnEventWaitsFor', () => {
    expect(kindLabel(t, 'userTask', true)).toBe('人工任务');
    expect(kindLabel(t, 'intermediateCatchEvent:timer', true)).toBe('中间捕获事件（定时）');
    expect(kindLabel(t, 'somethingNew', true)).toBe('SomethingNew');
  });
});

describe('migration progress', () => {
  const batch = { id: 'b', processKey: 'p', sourceVersion: 1, targetVersion: 2, createdAt: '', items: [], total: 4, migrated: 1, failed: 1, skipped: 0 };

  it('PollInterval_IsTwoSecondsWhileQueuedOrRunning_AndStopsWhenFinished', () => {
    expect(pollInterval({ ...batch, status: 'queued' })).toBe(2000);
    expect(pollInterval({ ...batch, status: 'running' })).toBe(2000);
    expect(pollInterval({ ...batch, status: 'completed' })).toBe(false);
    expect(pollInterval({ ...batch, status: 'failed' })).toBe(false);
    expect(pollInterval(undefined)).toBe(false);
  });

  it('BatchPercent_CountsEveryFinishedInstance', () => {
    expect(batchPercent(batch)).toBe(50);
    expect(batchPercent({ ...batch, total: 0 })).toBe(100);
  });
});
