import Card from 'antd/es/card';
import Checkbox from 'antd/es/checkbox';
import Descriptions from 'antd/es/descriptions';
import Form from 'antd/es/form';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shell/useMe';
import { nameOf, useBanks, useFrequencies, useInsuranceTypes, usePolicy, useRegions, useSuspensionReasons } from '../api';
import { yuan } from '../parts';
import type { ApplicationType, ApplicationView } from '../types';
import { materialKinds } from '../types';
import { accountDigits, monthlyAmount } from '../validation';
import type { ApplyValues } from './formBody';
import { policyYear } from './RightsStep';

/** Masks a card number as the server does (first 4, last 4) unless it is masked already. */
const maskAccount = (number?: string) => {
  const digits = accountDigits(number);
  return digits.length > 8 && !digits.includes('*') ? `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}` : number || '—';
};

/** 确认提交: everything once more, as it will be sent, and the applicant's promise that it is true. */
export function ReviewStep({ type, draft }: { type: ApplicationType; draft?: ApplicationView | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const form = Form.useFormInstance<ApplyValues>();
  const v = form.getFieldsValue(true) as ApplyValues;
  const regions = useRegions();
  const banks = useBanks();
  const types = useInsuranceTypes();
  const frequencies = useFrequencies();
  const reasons = useSuspensionReasons();
  const policy = usePolicy(policyYear());
  const typeNames = (v.insuranceTypes ?? []).map((code) => nameOf(types.data?.find((x) => x.code === code), lang, code));

  return (
    <>
      <Card className="m-card" title={t('applicant.review.title')} data-testid="review-summary">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('applicant.review.service')}>{t(`applicant.service.${type}.title`)}</Descriptions.Item>
          <Descriptions.Item label={t('applicant.basic.name')}>{me.data?.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('applicant.basic.idNumber')}>{me.data?.maskedIdNumber}</Descriptions.Item>
          {type !== 'Suspension' && (
            <Descriptions.Item label={t('applicant.basic.region')}>{nameOf(regions.data?.find((r) => r.code === v.regionCode), lang, v.regionCode)}</Descriptions.Item>
          )}
          {type === 'NewEnrollment' && <Descriptions.Item label={t('applicant.basic.phone')}>{v.phone}</Descriptions.Item>}
          {type === 'NewEnrollment' && <Descriptions.Item label={t('applicant.basic.address')}>{v.address}</Descriptions.Item>}
          <Descriptions.Item label={t('applicant.rights.insuranceTypes')}>{typeNames.join('、') || '—'}</Descriptions.Item>
          {type !== 'Suspension' ? (
            <>
              <Descriptions.Item label={t('applicant.rights.bankCategory')}>{nameOf(banks.data?.find((b) => b.code === v.bank?.bankCode), lang, v.bank?.bankCode)}</Descriptions.Item>
              <Descriptions.Item label={t('applicant.rights.accountNumber')}>{maskAccount(v.bank?.accountNumber)}</Descriptions.Item>
              <Descriptions.Item label={t('applicant.rights.accountName')}>{v.bank?.accountName}</Descriptions.Item>
              <Descriptions.Item label={t('applicant.rights.baseAmount')}>{yuan(v.contributionBase, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('applicant.rights.monthly', { rate: Math.round((policy.data?.rate ?? 0.2) * 100) })}>
                <b>{yuan(monthlyAmount(v.contributionBase, policy.data?.rate ?? 0.2), lang)}</b>
              </Descriptions.Item>
              <Descriptions.Item label={t('applicant.rights.frequency')}>{nameOf(frequencies.data?.find((f) => f.code === v.paymentFrequency), lang, v.paymentFrequency)}</Descriptions.Item>
            </>
          ) : (
            <>
              <Descriptions.Item label={t('applicant.suspension.reason')}>{nameOf(reasons.data?.find((r) => r.code === v.reason), lang, v.reason)}</Descriptions.Item>
              <Descriptions.Item label={t('applicant.suspension.month')}>{v.effectiveMonth}</Descriptions.Item>
            </>
          )}
          {type === 'NewEnrollment' && (
            <Descriptions.Item label={t('applicant.steps.materials')}>
              <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                {materialKinds.map((kind) => {
                  const done = draft?.materials.some((m) => m.kind === kind);
                  return (
                    <Tag key={kind} color={done ? 'success' : 'error'}>
                      {t(`material.${kind}`)}
                    </Tag>
                  );
                })}
              </span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card className="m-card">
        <Form.Item
          name="commitment"
          valuePropName="checked"
          style={{ marginBottom: 0 }}
          rules={[{ validator: async (_, value) => { if (!value) throw new Error(t('applicant.validation.commitmentRequired')); } }]}
        >
          <Checkbox data-testid="field-commitment">{t('applicant.review.commitment')}</Checkbox>
        </Form.Item>
      </Card>
    </>
  );
}
