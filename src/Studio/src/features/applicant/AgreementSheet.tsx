import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Result from 'antd/es/result';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { useMe } from '../../shell/useMe';
import { applicantApi, nameOf, useBanks, useInsurance } from './api';
import { NativeSelect } from './NativeSelect';
import { errorText, formatTime } from './parts';
import type { AgreementStatus } from './types';
import { accountDigits, checkAccountNumber } from './validation';
import { useCheckRule } from './apply/useRules';
import { fieldTexts } from '../errors/problemText';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Prefilled from the application's card; the full number is typed again, as on the bureau's own page. */
  bankCode?: string;
  maskedAccount?: string;
}

interface Values {
  bankCode?: string;
  accountNumber?: string;
  consent?: boolean;
}

/**
 * The tax bureau's signing page for the 委托扣款缴费协议 (税银协议), as the simulator provides it — styled as the
 * bureau's, and marked 模拟 so nobody takes it for the real one. Signing reaches the bureau at once; the case learns
 * of it when the agreement poll next runs.
 */
export function AgreementSheet({ open, onClose, bankCode, maskedAccount }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe();
  const banks = useBanks();
  const insurance = useInsurance();
  const rule = useCheckRule();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [signed, setSigned] = useState<AgreementStatus | null>(null);
  const state = insurance.data?.agreementStatus;

  async function sign(values: Values) {
    setBusy(true);
    setProblem(null);
    try {
      const result = await applicantApi.signAgreement(values.bankCode!, accountDigits(values.accountNumber));
      setSigned(result);
      void queryClient.invalidateQueries({ queryKey: ['insurance'] });
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        const byField: Record<string, string> = { 'agreement.BankCode': 'bankCode', 'agreement.AccountNumber': 'accountNumber' };
        const other: string[] = [];
        for (const [key, text] of Object.entries(fieldTexts(t, lang, e))) {
          const name = byField[key];
          if (name) form.setFields([{ name: name as keyof Values, errors: text }]);
          else other.push(...text);
        }
        if (other.length) setProblem(other.join('；'));
      } else {
        setProblem(errorText(e, lang, t('error.generic')));
      }
    } finally {
      setBusy(false);
    }
  }

  function revoke() {
    modal.confirm({
      title: t('applicant.agreement.revokeTitle'),
      content: t('applicant.agreement.revokeText'),
      okText: t('applicant.agreement.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('applicant.common.cancel'),
      onOk: async () => {
        try {
          await applicantApi.revokeAgreement();
          void message.success(t('applicant.agreement.revoked'));
          void queryClient.invalidateQueries({ queryKey: ['insurance'] });
        } catch (e) {
          void message.error(errorText(e, lang, t('error.generic')));
        }
      },
    });
  }

  function close() {
    setSigned(null);
    setProblem(null);
    onClose();
  }

  return (
    <Drawer
      open={open}
      onClose={close}
      placement="bottom"
      size="88%"
      className="tax-sheet"
      rootClassName="tax-sheet-root"
      title={null}
      closable={false}
      destroyOnHidden
      styles={{ wrapper: { maxWidth: 430, margin: '0 auto' } }}
      data-testid="agreement-sheet"
    >
      <div className="tax-banner">
        <div className="m-row">
          <div className="tax-banner-title">{t('applicant.agreement.bureau')}</div>
          <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="simulator-label">
            {t('applicant.agreement.simulator')}
          </Tag>
        </div>
        <div className="tax-banner-sub">{t('applicant.agreement.pageTitle')}</div>
      </div>
      <div className="tax-body">
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('applicant.agreement.simulatorNote')} />
        {signed ? (
          <Result
            status="success"
            title={t('applicant.agreement.signed')}
            subTitle={t('applicant.agreement.signedHint', { account: signed.accountNumber ?? '', time: formatTime(signed.signedAt) })}
            extra={
              <Button type="primary" block onClick={close} data-testid="agreement-done">
                {t('applicant.agreement.back')}
              </Button>
            }
          />
        ) : state === 'Signed' ? (
          <>
            <Descriptions column={1} size="small" className="m-readonly" style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('applicant.agreement.state')}>
                <Tag color="success">{t('applicant.agreementState.Signed')}</Tag>
              </Descriptions.Item>
            </Descriptions>
            <Button block danger onClick={revoke} data-testid="agreement-revoke">
              {t('applicant.agreement.revoke')}
            </Button>
            <Button block style={{ marginTop: 12 }} onClick={close}>
              {t('applicant.agreement.back')}
            </Button>
          </>
        ) : (
          <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void sign(v)} initialValues={{ bankCode }}>
            <Descriptions column={1} size="small" className="m-readonly" style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('applicant.agreement.payer')}>{me.data?.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('applicant.basic.idNumber')}>{me.data?.maskedIdNumber}</Descriptions.Item>
              <Descriptions.Item label={t('applicant.rights.accountName')}>{me.data?.displayName}</Descriptions.Item>
            </Descriptions>
            <Form.Item name="bankCode" label={t('applicant.rights.bankCategory')} rules={[{ required: true, message: t('applicant.validation.bankRequired') }]}>
              <NativeSelect
                placeholder={t('applicant.common.choose')}
                data-testid="agreement-bank"
                options={(banks.data ?? []).map((b) => ({ value: b.code, label: nameOf(b, lang) }))}
              />
            </Form.Item>
            <Form.Item
              name="accountNumber"
              label={t('applicant.rights.accountNumber')}
              extra={maskedAccount ? t('applicant.agreement.sameCard', { account: maskedAccount }) : undefined}
              rules={[rule(checkAccountNumber)]}
            >
              <Input inputMode="numeric" autoComplete="off" maxLength={23} data-testid="agreement-account" />
            </Form.Item>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              {t('applicant.agreement.terms')}
            </Typography.Paragraph>
            <Form.Item
              name="consent"
              valuePropName="checked"
              rules={[{ validator: async (_, v) => { if (!v) throw new Error(t('applicant.agreement.consentRequired')); } }]}
            >
              <Checkbox data-testid="agreement-consent">{t('applicant.agreement.consent')}</Checkbox>
            </Form.Item>
            {problem && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem} />}
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="agreement-submit">
              {t('applicant.agreement.submit')}
            </Button>
            <Button block style={{ marginTop: 12 }} onClick={close}>
              {t('applicant.common.cancel')}
            </Button>
          </Form>
        )}
      </div>
    </Drawer>
  );
}
