import { forwardRef, useImperativeHandle } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { ApiError } from '../../api/ApiError';
import App from 'antd/es/app';
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
const formProps: { data?: Record<string, unknown>; schema?: { components: { key?: string }[] } }[] = [];
vi.mock('./FormJsForm', () => ({
  default: forwardRef<FormJsHandle, { data: Record<string, unknown>; schema: { components: { key?: string }[] } }>(function FakeForm(props, ref) {
    formProps.push(props);
    useImperativeHandle(ref, () => handle);
    return <div data-testid="fake-form" />;
  }),
}));
const complete = vi.fn();
vi.mock('./caseApi', () => ({ caseApi: { complete: (...args: unknown[]) => complete(...args) } }));

const { TaskDecision } = await import('./TaskDecision');
const form = { key: 'review-application.form', version: 1, schema: { components: [] } };

function setup(extra: Partial<Parameters<typeof TaskDecision>[0]> = {}) {
  const onCompleted = vi.fn();
  const onBackToInbox = vi.fn();
  render(
    <App>
      <TaskDecision taskId="t1" form={form} onCompleted={onCompleted} onBackToInbox={onBackToInbox} {...extra} />
    </App>,
  );
  return { onCompleted, onBackToInbox, user: userEvent.setup() };
}

describe('TaskDecision with a form-js form', { timeout: 20_000 }, () => {
  it('ServerFieldErrors_GoBesideTheirFields_AndTheRestIntoTheAlert', async () => {
    // Given
    await i18n.changeLanguage('zh-CN');
    complete.mockRejectedValueOnce(
      new ApiError(400, '输入有误', undefined, { comment: ['须写明理由'], regionCode: ['统筹区无效'] }),
    );
    const { user, onCompleted } = setup();
    await screen.findByTestId('fake-form');

    // When
    await user.click(screen.getByTestId('task-submit'));
    await user.click(await screen.findByTestId('reject-confirm-ok'));

    // Then
    await waitFor(() => expect(handle.setErrors).toHaveBeenCalledWith({ commentField: ['须写明理由'] }));
    expect(await screen.findByText('统筹区无效')).toBeTruthy();
    expect(complete).toHaveBeenCalledWith('t1', { decision: 'reject', comment: 'x' });
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('Conflict_OffersTheWayBackToTheInbox', async () => {
    // Given
    await i18n.changeLanguage('zh-CN');
    complete.mockRejectedValueOnce(new ApiError(409, '状态冲突', '任务已被他人同时办理或修改'));
    const { user, onBackToInbox } = setup();
    await screen.findByTestId('fake-form');

    // When
    await user.click(screen.getByTestId('task-submit'));
    await user.click(await screen.findByTestId('reject-confirm-ok'));
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
    handle.submit.mockReturnValueOnce({ data: { decision: 'approve' }, errors: {} });
    complete.mockResolvedValueOnce({ taskId: 't1', instanceId: 'i1' });
    const { user, onCompleted } = setup();
    await screen.findByTestId('fake-form');

    await user.click(screen.getByTestId('task-submit'));

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
  });

  it('SecondRound_StartsEmpty_NotWithThePreviousRoundsDecision', async () => {
    // Given: the instance still holds the first round's decision, comment and materials
    formProps.length = 0;
    const previousRound = { decision: 'supplement', comment: '户口本不清晰', missingMaterials: ['HouseholdRegister'] };

    // When
    const reviewForm = { key: 'review', schema: { components: ['decision', 'comment', 'missingMaterials'].map((key) => ({ id: `${key}Field`, key, type: 'textfield' })) } };
    setup({ form: reviewForm, ...({ variables: previousRound } as object) });
    await screen.findByTestId('fake-form');

    // Then
    expect(formProps.at(-1)?.data).toEqual({});
  });

  it('Reject_AsksForConfirmationShowingTheComment_AndCancelSendsNothing', async () => {
    // Given
    await i18n.changeLanguage('zh-CN');
    complete.mockClear();
    handle.submit.mockReturnValueOnce({ data: { decision: 'reject', comment: '不符合参保条件' }, errors: {} });
    const { user, onCompleted } = setup();
    await screen.findByTestId('fake-form');

    // When
    await user.click(screen.getByTestId('task-submit'));
    const dialog = await screen.findByTestId('reject-confirm');
    await user.click(await screen.findByTestId('reject-confirm-cancel'));

    // Then
    expect(dialog.textContent).toContain('不符合参保条件');
    expect(complete).not.toHaveBeenCalled();
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('ASubmitThatFailedValidation_CanBeFixedAndRetried', async () => {
    // Given: a first submit refused by the form, then the reviewer chooses a decision
    complete.mockClear();
    handle.submit.mockReturnValueOnce({ data: {}, errors: { decisionField: ['此项为必填项'] } });
    handle.submit.mockReturnValueOnce({ data: { decision: 'approve' }, errors: {} });
    complete.mockResolvedValueOnce({ taskId: 't1', instanceId: 'i1' });
    const { user, onCompleted } = setup();
    await screen.findByTestId('fake-form');
    await user.click(screen.getByTestId('task-submit'));
    await screen.findByText('请先修正标出的字段');

    // When
    await user.click(screen.getByTestId('task-submit'));

    // Then
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(complete).toHaveBeenCalledWith('t1', { decision: 'approve' });
  });

  it('Suspension_FormOffersNoSupplement', async () => {
    // Given
    formProps.length = 0;
    const schema = {
      components: [
        { key: 'decision', type: 'radio', values: ['approve', 'reject', 'supplement'].map((value) => ({ label: value, value })) },
        { key: 'missingMaterials', type: 'checklist', values: [{ label: 'x', value: 'IdCardFront' }] },
      ],
    };
    const named = (code: string) => ({ code, zh: code, en: code });

    // When
    setup({ form: { key: 'review', schema }, review: { decisions: [named('approve'), named('reject')], supplementMaterials: [] } });
    await screen.findByTestId('fake-form');

    // Then
    expect(formProps.at(-1)?.schema?.components.map((c) => c.key)).toEqual(['decision']);
  });
});
