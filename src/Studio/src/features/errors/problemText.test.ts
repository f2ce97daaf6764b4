import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from './problemText';

const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');

function conflict(detail: string) {
  return new ApiError(409, 'Conflict', detail, {}, 'application.notSubmittable', { status: 'Submitted' });
}

describe('problemDetail', () => {
  it('RendersTheDetailFromItsCode_InEachLanguage_WithTermsInTheUsersWords', () => {
    // Given
    const error = conflict('server text');

    // When
    const english = problemDetail(en, 'en', error);
    const chinese = problemDetail(zh, 'zh-CN', error);

    // Then
    expect(english).toBe('The application is submitted and cannot be submitted.');
    expect(chinese).toBe('申请当前状态为已提交，不能提交');
  });

  it('ShowsTheServersText_WhenTheCodeIsUnknown', () => {
    // Given
    const error = new ApiError(400, 'Invalid request', 'Expected a gateway with two flows, but got one.', {}, 'someNewRule', {});

    // When
    const text = problemDetail(en, 'en', error);

    // Then
    expect(text).toBe('Expected a gateway with two flows, but got one.');
  });

  it('ShowsTheTitle_WhenTheProblemHasNoDetail', () => {
    expect(problemDetail(en, 'en', new ApiError(404, 'Not found'))).toBe('Not found');
  });
});

describe('fieldTexts', () => {
  it('RendersEachFieldMessageFromItsCode_AndKeepsTheServersTextForAnUnknownOne', () => {
    // Given
    const error = new ApiError(
      400,
      '输入有误',
      undefined,
      { comment: ['server comment text'], contributionBase: ['缴费基数须在 4800 至 24000 元之间'] },
      'validation.failed',
      {},
      {
        comment: [{ code: 'task.commentTooLong', args: { max: 2000 } }],
        contributionBase: [{ code: 'ContributionBase.OutOfRange', args: {} }],
      },
    );

    // When
    const texts = fieldTexts(zh, 'zh-CN', error);

    // Then
    expect(texts).toEqual({ comment: ['审核意见不能超过 2000 字'], contributionBase: ['缴费基数须在 4800 至 24000 元之间'] });
  });
});
