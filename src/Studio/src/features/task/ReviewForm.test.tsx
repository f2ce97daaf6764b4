import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { ApiError } from '../../api/ApiError';
import { ReviewForm, toBody } from './ReviewForm';

function setup(submit = vi.fn().mockResolvedValue(undefined)) {
  const onCompleted = vi.fn();
  render(<ReviewForm submit={submit} onCompleted={onCompleted} />);
  return { submit, onCompleted, user: userEvent.setup() };
}

const zh = (key: string) => i18n.getFixedT('zh-CN')(key);
/** antd puts a space between the two characters of a Chinese button label ("提 交"). */
const buttonName = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

// antd forms typed into with user-event take seconds under jsdom; on 2 cores with the whole suite running in
// parallel the 5 s default timed out now and then.
describe('ReviewForm', { timeout: 20_000 }, () => {
  it('Submit_IsRefused_WhenRejectHasNoComment', async () => {
    // Given
    await i18n.changeLanguage('zh-CN');
    const { submit, user } = setup();

    // When
    await user.click(screen.getByLabelText(zh('review.decisions.reject')));
    await user.click(screen.getByRole('button', { name: buttonName(zh('review.submit')) }));

    // Then
    expect(await screen.findByText(zh('review.commentRequired'))).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('Submit_Succeeds_WhenApproveHasNoComment', async () => {
    await i18n.changeLanguage('zh-CN');
    const { submit, onCompleted, user } = setup();

    await user.click(screen.getByLabelText(zh('review.decisions.approve')));
    await user.click(screen.getByRole('button', { name: buttonName(zh('review.submit')) }));

    await waitFor(() => expect(submit).toHaveBeenCalledWith({ decision: 'approve' }));
    expect(onCompleted).toHaveBeenCalled();
  });

  it('Submit_AsksForMaterials_WhenSupplement', async () => {
    await i18n.changeLanguage('zh-CN');
    const { submit, user } = setup();

    await user.click(screen.getByLabelText(zh('review.decisions.supplement')));
    await user.type(screen.getByLabelText(zh('review.comment')), '请补充身份证');
    await user.click(screen.getByRole('button', { name: buttonName(zh('review.submit')) }));
    expect(await screen.findByText(zh('review.missingMaterialsRequired'))).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText(zh('material.IdCardBack')));
    await user.click(screen.getByRole('button', { name: buttonName(zh('review.submit')) }));
    await waitFor(() =>
      expect(submit).toHaveBeenCalledWith({ decision: 'supplement', comment: '请补充身份证', missingMaterials: ['IdCardBack'] }),
    );
  });

  it('ServerFieldErrors_AreShownBesideTheFields', async () => {
    await i18n.changeLanguage('en');
    const submit = vi.fn().mockRejectedValue(
      new ApiError(400, 'One or more fields are invalid', undefined, { comment: ['server text'] }, 'validation.failed', {}, {
        comment: [{ code: 'task.commentTooLong', args: { max: 2000 } }],
      }),
    );
    const { user } = setup(submit);

    await user.click(screen.getByLabelText('Approve'));
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('The comment must be at most 2000 characters')).toBeTruthy();
  });

  it('Conflict_SaysSomeoneElseCompletedIt', async () => {
    await i18n.changeLanguage('zh-CN');
    const submit = vi.fn().mockRejectedValue(new ApiError(409, '状态冲突', '任务 x 已不在办理中', {}, 'task.notOpen', { taskId: 'x' }));
    const { onCompleted, user } = setup(submit);

    await user.click(screen.getByLabelText(zh('review.decisions.approve')));
    await user.click(screen.getByRole('button', { name: buttonName(zh('review.submit')) }));

    expect(await screen.findByText('已被他人处理')).toBeTruthy();
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('ToBody_DropsBlankCommentAndMaterialsUnlessSupplement', () => {
    expect(toBody({ decision: 'approve', comment: '  ', missingMaterials: ['IdCardFront'] })).toEqual({ decision: 'approve' });
    expect(toBody({ decision: 'reject', comment: ' 不符合条件 ' })).toEqual({ decision: 'reject', comment: '不符合条件' });
  });
});
