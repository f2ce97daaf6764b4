import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import App from 'antd/es/app';
import i18n from '../../i18n';
import { ApiError } from '../../api/ApiError';
import { AccountChangeForm } from './AccountChangeForm';
import type { ApplicationView } from './types';

const changeAccount = vi.fn();
vi.mock('./api', async (importOriginal) => ({
  applicantApi: { changeAccount: (...args: unknown[]) => changeAccount(...args) },
  useBanks: () => ({ data: [{ code: '102', nameZh: '中国工商银行', nameEn: 'ICBC' }] }),
  // the real helper: the form names the bank in the screen's language through it
  nameOf: (await importOriginal<typeof import('./api')>()).nameOf,
}));
vi.mock('../../shell/useMe', () => ({ useMe: () => ({ data: { displayName: '张伟' } }) }));

const application = {
  id: 'a1',
  type: 'NewEnrollment',
  details: { bank: { bankCode: '102', accountNumber: '6222********0123', accountName: '张伟' } },
} as unknown as ApplicationView;

function setup() {
  const onChanged = vi.fn();
  render(
    <App>
      <AccountChangeForm application={application} onChanged={onChanged} />
    </App>,
  );
  const save = (number: string) => {
    fireEvent.change(screen.getByTestId('account-number'), { target: { value: number } });
    fireEvent.click(screen.getByTestId('account-save'));
  };
  return { onChanged, save };
}

describe('AccountChangeForm', { timeout: 20_000 }, () => {
  it('ChangesTheDeclaredAccount_WithTheCardTheApplicantEnters', async () => {
    // Given
    await i18n.changeLanguage('zh-CN');
    changeAccount.mockReset().mockResolvedValue({ id: 'a1', bankCode: '102', account: '6222*********0456' });
    const { onChanged, save } = setup();

    // When
    save('6222021234567890456');

    // Then
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(changeAccount).toHaveBeenCalledWith('a1', { bank: { bankCode: '102', accountNumber: '6222021234567890456', accountName: '张伟' } });
  });

  it('ShowsTheServersFieldErrorBesideTheField', async () => {
    // Given
    await i18n.changeLanguage('en');
    changeAccount.mockReset().mockRejectedValue(
      new ApiError(400, 'One or more fields are invalid', undefined, { 'bank.accountNumber': ['The card number fails its check digit'] }, 'validation.failed', {}, { 'bank.accountNumber': [{ code: 'BankAccount.CheckDigit' }] }),
    );
    const { onChanged, save } = setup();

    // When
    save('6222021234567890999');

    // Then: under the card number, in the page's language
    const error = await screen.findByText('The card number fails its check digit');
    expect(error.closest('.ant-form-item')?.querySelector('[data-testid="account-number"]')).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });
});
