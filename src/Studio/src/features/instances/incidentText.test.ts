import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { incidentText } from './incidentText';

const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');
const message = 'Script failed: contributionBase is missing';

describe('incidentText', () => {
  it('WritesTheSentenceFromTheCode_InEachLanguage_AndKeepsTheScriptsTextAsTheDetail', () => {
    // Given
    const incident = { code: 'incident.scriptFailed', args: { detail: 'contributionBase is missing' }, message };

    // When
    const chinese = incidentText(zh, 'zh-CN', incident);
    const english = incidentText(en, 'en', incident);

    // Then
    expect(chinese).toEqual({ sentence: '脚本执行失败', detail: 'contributionBase is missing', calledInstanceId: undefined });
    expect(english).toEqual({ sentence: 'The script failed.', detail: 'contributionBase is missing', calledInstanceId: undefined });
  });

  it('FillsTheArguments_AndNamesTheCalledProcessAndElementInTheReadersLanguage', () => {
    // Given
    const incident = {
      code: 'incident.calledInstanceFailed',
      args: { instanceId: 'c0ffee00-0000-0000-0000-000000000001', process: 'calc', element: 'amount', elementName: '计算缴费金额 Compute amount' },
      message: "Called instance c0ffee00 (calc) has an incident at 'amount': …",
    };
    const definitions = [{ key: 'calc', name: '缴费测算 Contribution estimate', latestVersion: 1 }];

    // When
    const chinese = incidentText(zh, 'zh-CN', incident, definitions);
    const english = incidentText(en, 'en', incident, definitions);

    // Then
    expect(chinese.sentence).toBe('被调用的子流程（缴费测算）在“计算缴费金额”处出了故障');
    expect(english.sentence).toBe("The called instance (Contribution estimate) has an incident at 'Compute amount'.");
    expect(english.calledInstanceId).toBe('c0ffee00-0000-0000-0000-000000000001');
    expect(english.detail).toBeUndefined();
  });

  it('NamesTheTopic_WhenAHandlerIsMissing', () => {
    const incident = { code: 'incident.handlerMissing', args: { topic: 'registry.enroll' }, message: 'Expected an activity handler …' };

    expect(incidentText(zh, 'zh-CN', incident).sentence).toBe('没有为主题“registry.enroll”注册服务任务处理程序');
    expect(incidentText(en, 'en', incident).sentence).toBe("No service task handler is registered for topic 'registry.enroll'.");
  });

  it('ShowsTheStoredMessage_ForAnIncidentWithoutACode', () => {
    // Given: recorded before incidents had codes
    const incident = { code: null, args: null, message };

    // When
    const text = incidentText(zh, 'zh-CN', incident);

    // Then
    expect(text).toEqual({ sentence: message });
  });

  it('ShowsTheStoredMessageAlone_ForACodeThisStudioDoesNotKnow', () => {
    // Given: a kind of incident added to the engine after this Studio was built
    const incident = { code: 'incident.somethingNew', args: { detail: 'boom' }, message: 'Something new failed: boom' };

    // When
    const text = incidentText(en, 'en', incident);

    // Then
    expect(text.sentence).toBe('Something new failed: boom');
    expect(text.detail).toBeUndefined();
  });
});
