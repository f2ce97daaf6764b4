import { describe, expect, it } from 'vitest';
import * as ReplaceOptions from 'bpmn-js/lib/features/replace/ReplaceOptions';
import { translator } from '.';
import { zhCN, zhCNParts } from './zh-CN';

/** The replace menu's entries: every element type an administrator can turn an element into. */
const replaceLabels = Object.values(ReplaceOptions)
  .flatMap((options) => (Array.isArray(options) ? (options as Array<{ label: string }>) : []))
  .map((option) => option.label)
  .filter((label) => typeof label === 'string');

/** The properties panel's texts the Studio shows for the process's elements (the browser test selects them too). */
const propertiesPanel = [
  'General', 'Name', 'ID', 'Documentation', 'Element documentation', 'Task listeners', 'Execution listeners',
  'Errors', 'Error', 'Global error reference', 'Multi-instance', 'Collection', 'Element variable', 'Loop cardinality',
  'Completion condition', 'User assignment', 'Candidate groups', 'Forms', 'Inputs', 'Outputs', 'Extension properties',
  'Asynchronous continuations', 'Job execution', 'Process', 'User Task', 'Service Task', 'Error Boundary Event',
  'Start Event', 'End Event', 'Sequence Flow', 'Exclusive Gateway', 'Ad Hoc Sub Process', 'Event type', 'Listener type',
  'Select an element to edit its properties.', 'Toggle section', 'Create', 'Section contains edits',
];

describe('the modeler in Chinese', () => {
  it('has a Chinese text for every replace menu entry and every properties panel text the Studio shows', () => {
    const missing = [...new Set([...replaceLabels, ...propertiesPanel])].filter((text) => zhCN[text] === undefined);
    expect(missing).toEqual([]);
  });

  it('takes each text from one part only, so no part silently overrides another', () => {
    const parts = Object.entries(zhCNParts);
    const shared = parts.flatMap(([name, part], i) =>
      parts.slice(i + 1).flatMap(([other, later]) => Object.keys(part).filter((key) => key in later).map((key) => `${key} (${name}, ${other})`)),
    );
    expect(shared).toEqual([]);
  });

  it('writes Chinese without English words (only proper names and notations stay Latin)', () => {
    const allowed = new Set(['ID', 'BPMN', 'CMMN', 'DMN', 'FEEL', 'HTML', 'JSON', 'Java', 'QName', 'UTC', 'topic', 'numOfItems', 'count', 'eventType', 'type', 'class', 'expression', 'format']);
    const english = Object.values(zhCN).flatMap((text) => text.match(/[A-Za-z]+/g) ?? []).filter((word) => !allowed.has(word));
    expect(english).toEqual([]);
  });

  it('follows the language of the moment and fills placeholders', () => {
    let language = 'zh-CN';
    const translate = translator(() => language);
    expect(translate('Task listeners')).toBe('任务监听器');
    expect(translate('List contains {numOfItems} items', { numOfItems: 3 })).toBe('列表有 3 项');
    language = 'en';
    expect(translate('Task listeners')).toBe('Task listeners');
    expect(translate('List contains {numOfItems} items', { numOfItems: 3 })).toBe('List contains 3 items');
  });
});
