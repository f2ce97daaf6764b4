import { useState } from 'react';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import { useMe } from '../../shell/useMe';
import { applicantApi, nameOf, useBanks } from './api';
import { useCheckRule } from './apply/useRules';
import { NativeSelect } from './NativeSelect';
import { mapServerErrors } from './serverErrors';
import type { ApplicationView } from './types';
import { checkAccountName, checkAccountNumber } from './validation';

interface AccountValues {
  bank: { bankCode?: string; accountNumber?: string; accountName?: string };
}

/**
 * The agreement was signed on another card than the one declared in the case: the applicant declares that card
 * instead (<c>PUT /api/applications/{id}/bank-account</c>), so the signed agreement completes the case. The server's
 * field errors are shown beside the fields, like the application form's.
 */
export function AccountChangeForm({ application: a, onChanged }: { application: ApplicationView; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const banks = useBanks();
  const rule = useCheckRule();
  const [form] = Form.useForm<AccountValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function save(values: AccountValues) {
    setBusy(true);
    setProblem(null);
    try {
      await applicantApi.changeAccount(a.id, { bank: values.bank });
      void message.success(t('applicant.account.changed'));
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && Object.keys(e.fieldErrors).length > 0) {
        const localized = fieldTexts(t, i18n.language, e);
        const mapped = mapServerErrors(a.type, localized);
        form.setFields(mapped.fields.map((f) => ({ name: f.field as never, errors: f.messages })));
        const elsewhere = mapped.notices.flatMap((n) => n.messages);
        if (elsewhere.length > 0) setProblem(elsewhere.join('；'));
      } else {
        setProblem(e instanceof ApiError ? problemDetail(t, i18n.language, e) : t('error.generic'));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ bank: { bankCode: a.details.bank?.bankCode ?? undefined, accountName: me.data?.displayName } }}
      onFinish={(v) => void save(v)}
      data-testid="account-change"
    >
      <Form.Item name={['bank', 'bankCode']} label={t('applicant.rights.bankCategory')} rules={[{ required: true, message: t('applicant.validation.bankRequired') }]}>
        <NativeSelect
          placeholder={t('applicant.common.choose')}
          data-testid="account-bankCode"
          options={(banks.data ?? []).map((b) => ({ value: b.code, label: nameOf(b, i18n.language) }))}
        />
      </Form.Item>
      <Form.Item name={['bank', 'accountNumber']} label={t('applicant.account.newNumber')} rules={[rule(checkAccountNumber)]} validateTrigger="onBlur">
        <Input inputMode="numeric" autoComplete="off" maxLength={23} data-testid="account-number" />
      </Form.Item>
      <Form.Item name={['bank', 'accountName']} label={t('applicant.rights.accountName')} rules={[rule((v: string) => checkAccountName(v, me.data?.displayName))]}>
        <Input autoComplete="name" data-testid="account-name" />
      </Form.Item>
      {problem && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem} />}
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="account-save">
        {t('applicant.account.save')}
      </Button>
    </Form>
  );
}
