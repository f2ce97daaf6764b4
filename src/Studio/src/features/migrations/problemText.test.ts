import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { migrationProblemText } from './problemText';
import { pick } from '../../i18n/language';

const names = new Map([['review', '审核申请 Review']]);
const nameOf = (id: string) => {
  const name = names.get(id);
  return name ? pick(i18n.language, name.split(' ')[0], name.split(' ')[1]) : id;
};

describe('migration problem texts', () => {
  it('ProblemText_TakesWhatTheScreenKnows_WhenTheProblemLeavesItOut', async () => {
    await i18n.changeLanguage('en');
    const message = "Instances can wait at '审核申请 Review', but it maps to nothing in version 2.";
    expect(migrationProblemText(i18n.t, 'en', { code: 'migration.unmappedWaitState', elementId: 'review', message }, nameOf, { version: 2 })).toBe(
      "Instances can wait at 'Review', but it maps to nothing in version 2.",
    );
  });

  it('ProblemText_IsRenderedFromItsCode_WithTheElementNamedInTheUsersLanguage', async () => {
    await i18n.changeLanguage('zh-CN');
    const text = migrationProblemText(i18n.t, 'zh-CN', { code: 'migration.duplicateSource', elementId: 'review', message: "Element 'review' is mapped more than once." }, nameOf);
    expect(text).toBe('元素“审核申请”被映射了不止一次');
    await i18n.changeLanguage('en');
    expect(migrationProblemText(i18n.t, 'en', { code: 'migration.duplicateSource', elementId: 'review', message: '' }, nameOf)).toBe("Element 'Review' is mapped more than once.");
  });

  it('ProblemText_IsTheServersText_WhenTheCodeNeedsArgumentsTheProblemDoesNotCarry', async () => {
    await i18n.changeLanguage('zh-CN');
    const message = '实例停留在“审核申请 Review”，它在第 2 版中没有对应元素';
    expect(migrationProblemText(i18n.t, 'zh-CN', { code: 'migration.noCounterpart', elementId: 'review', message }, nameOf)).toBe(message);
  });

  it('ProblemText_IsTheServersText_ForACodeTheStudioDoesNotKnow', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(migrationProblemText(i18n.t, 'zh-CN', { code: 'migration.somethingNew', elementId: 'review', message: '新问题' }, nameOf)).toBe('新问题');
  });

  it('ProblemText_NamesAnEndedInstancesState_AndTheElementOfABatchItem', async () => {
    // Given: a batch item carries no element id of its own, only the engine's arguments
    await i18n.changeLanguage('zh-CN');
    const ended = { code: 'migration.instanceEnded', message: 'The instance has ended (Completed); there is nothing to migrate.', args: { status: 'Completed' } };
    const duplicate = { code: 'migration.duplicateSource', message: '', args: { element: 'review' } };

    // When / Then
    expect(migrationProblemText(i18n.t, 'zh-CN', ended, nameOf)).toBe('实例已结束（已办结），无需迁移');
    expect(migrationProblemText(i18n.t, 'zh-CN', duplicate, nameOf)).toBe('元素“审核申请”被映射了不止一次');
    await i18n.changeLanguage('en');
    expect(migrationProblemText(i18n.t, 'en', duplicate, nameOf)).toBe("Element 'Review' is mapped more than once.");
  });

  it('ProblemText_IsTheServersText_WhenItNamesATargetElementOnlyTheServerKnows', async () => {
    await i18n.changeLanguage('zh-CN');
    const message = '“审核申请”（人工任务）不能映射到类型不同的“复核”（服务任务）';
    const problem = { code: 'migration.kindMismatch', elementId: 'review', message, args: { element: 'review', target: 'recheck', sourceKind: 'userTask', targetKind: 'serviceTask' } };
    expect(migrationProblemText(i18n.t, 'zh-CN', problem, nameOf)).toBe(message);
  });
});
