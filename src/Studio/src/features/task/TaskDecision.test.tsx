import { forwardRef, useImperativeHandle } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { ApiError } from '../../api/ApiError';
import type { FormJsHandle } from './FormJsForm';

// form-js itself is exercised in the browser test; here a stand-in records what the decision panel asks of it.
const handle = {
  submit: vi.fn(() => ({ data: { decision: 'reject', comment: 'x' } as Record<string, unknown>, errors: {} as Record<string, string[]> })),
  setErrors: vi.fn(),
  fields: vi.fn(() => [
    { id: 'decisionField', key: 'decision' },
    { id: 'commentField', key: 'comment' },
  ]),
};
vi.mock('./FormJsForm', () => ({
  default: forwardRef<FormJsHandle>(function FakeForm(_props, ref) {
    useImperativeHandle(ref, () => handle);
    return <div data-testid="fake-form" />;
  }),
}));
const complete = vi.fn();
vi.mock('./caseApi', () => ({ caseApi: { complete: (...args: unknown[]) => complete(...args) } }));

const { TaskDecision } = await import('./TaskDecision');
const form = { key: 'review-application.form', version: 1, schema: { components: [] } };

function setup() {
  const onCompleted = vi.fn();
  const onBackToInbox = vi.fn();
  render(<TaskDecision taskId="t1" form={form} variables={{}} onCompleted={onCompleted} onBackToInbox={onBackToInbox} />);
  return { onCompleted, onBackToInbox, user: userEvent.setup() };
}

describe('TaskDecision with a form-js form', { timeout: 20_000 }, () => {
  it('ServerFieldErrors_GoBesideTheirFields_AndTheRestIntoTheAlert', async () => {
    // Given
    await i18n.changeLanguage('zh-CN');
    complete.mockRejectedValueOnce(
      new ApiError(400, '输入有误 / Invalid input', undefined, { comment: ['须写明理由 / Explain'], regionCode: ['统筹区无效 / Invalid region'] }),
    );
    const { user, onCompleted } = setup();
    await screen.findByTestId('fake-form');

    // When
    await user.click(screen.getByTestId('task-submit'));

    // Then
    await waitFor(() => expect(handle.setErrors).toHaveBeenCalledWith({ commentField: ['须写明理由'] }));
    expect(await screen.findByText('统筹区无效')).toBeTruthy();
    expect(complete).toHaveBeenCalledWith('t1', { decision: 'reject', comment: 'x' });
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('Conflict_OffersTheWayBackToTheInbox', async () => {
    // Given
    await i18n.changeLanguage('zh-CN');
    complete.mockRejectedValueOnce(new ApiError(409, '状态冲突 / Conflict', 'Task was completed by reviewer2.'));
    const { user, onBackToInbox } = setup();
    await screen.findByTestId('fake-form');

    // When
    await user.click(screen.getByTestId('task-submit'));
    await user.click(await screen.findByTestId('task-conflict-back'));

    // Then
    expect(screen.getByText('该任务已被他人办理')).toBeTruthy();
    expect(onBackToInbox).toHaveBeenCalled();
  });

  it('ClientValidationErrors_StopTheSubmit', async () => {
    // Given
    handle.submit.mockReturnValueOnce({ data: {}, errors: { decisionField: ['此项为必填项'] } });
    complete.mockClear();
    const { user } = setup();
    await screen.findByTestId('fake-form');

    // When
    await user.click(screen.getByTestId('task-submit'));

    // Then
    expect(await screen.findByText('请先修正标出的字段')).toBeTruthy();
    expect(complete).not.toHaveBeenCalled();
  });

  it('Success_CallsOnCompleted', async () => {
    complete.mockResolvedValueOnce({ taskId: 't1', instanceId: 'i1' });
    const { user, onCompleted } = setup();
    await screen.findByTestId('fake-form');

    await user.click(screen.getByTestId('task-submit'));

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
  });
});
