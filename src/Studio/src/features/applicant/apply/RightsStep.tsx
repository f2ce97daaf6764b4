import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Radio from 'antd/es/radio';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shell/useMe';
import { nameOf, useBanks, useFrequencies, useInsuranceTypes, usePolicy } from '../api';
import { NativeSelect } from '../NativeSelect';
import { yuan } from '../parts';
import { checkAccountName, checkAccountNumber, checkBase, gradeOptions, monthlyAmount } from '../validation';
import { useCheckRule } from './useRules';

/** Grades shown as one-tap choices when the base is free (the rest can be typed). */
const quickGrades = [0.6, 1, 1.5, 2, 3];

export const policyYear = () => new Date().getFullYear();

/** 权益信息: 险种, the deduction card (the applicant's own), the base within the year's limits, and how often to pay. */
export function RightsStep({ locked }: { locked: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const types = useInsuranceTypes();
  const banks = useBanks();
  const frequencies = useFrequencies();
  const policy = usePolicy(policyYear());
  const form = Form.useFormInstance();
  const base = Form.useWatch('contributionBase', form) as number | undefined;
  const rule = useCheckRule();
  const p = policy.data;
  const grades = p ? gradeOptions(p) : [];
  const monthly = monthlyAmount(base, p?.rate);

  return (
    <>
      <Card className="m-card" title={t('applicant.rights.insuranceTypes')}>
        <Form.Item name="insuranceTypes" rules={[{ required: true, type: 'array', min: 1, message: t('applicant.validation.insuranceTypesRequired') }]} style={{ marginBottom: 0 }}>
          <Checkbox.Group
            disabled={locked}
            data-testid="field-insuranceTypes"
            options={(types.data ?? []).map((it) => ({ value: it.code, label: nameOf(it, i18n.language) }))}
          />
        </Form.Item>
      </Card>

      <Card className="m-card" title={t('applicant.rights.bank')}>
        <Form.Item name={['bank', 'bankCode']} label={t('applicant.rights.bankCategory')} rules={[{ required: true, message: t('applicant.validation.bankRequired') }]}>
          <NativeSelect
            disabled={locked}
            placeholder={t('applicant.common.choose')}
            data-testid="field-bankCode"
            options={(banks.data ?? []).map((b) => ({ value: b.code, label: nameOf(b, i18n.language) }))}
          />
        </Form.Item>
        <Form.Item name={['bank', 'accountNumber']} label={t('applicant.rights.accountNumber')} rules={[rule(checkAccountNumber)]} validateTrigger="onBlur">
          <Input inputMode="numeric" autoComplete="off" maxLength={23} disabled={locked} data-testid="field-accountNumber" />
        </Form.Item>
        <Form.Item
          name={['bank', 'accountName']}
          label={t('applicant.rights.accountName')}
          extra={t('applicant.rights.accountNameHint')}
          rules={[rule((v: string) => checkAccountName(v, me.data?.displayName))]}
        >
          <Input disabled={locked} autoComplete="name" data-testid="field-accountName" />
        </Form.Item>
      </Card>

      <Card className="m-card" title={t('applicant.rights.base')}>
        {policy.isLoading ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : !p ? (
          <Alert type="error" showIcon title={t('applicant.common.loadFailed')} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="policy-limits">
              {t('applicant.rights.limits', { year: p.effectiveYear, min: p.baseLowerLimit, max: p.baseUpperLimit, rate: Math.round(p.rate * 100) })}
            </Typography.Paragraph>
            {p.gradeMode === 'Fixed' ? (
              <Form.Item
                name="contributionBase"
                label={t('applicant.rights.grade')}
                rules={[rule((v: number) => checkBase(v, p))]}
                getValueProps={(v?: number) => ({ value: v === undefined || v === null ? undefined : String(v) })}
                normalize={(v?: string) => (v ? Number(v) : undefined)}
              >
                <NativeSelect
                  disabled={locked}
                  placeholder={t('applicant.common.choose')}
                  data-testid="field-contributionBase"
                  options={grades.map((g) => ({ value: String(g.amount), label: t('applicant.rights.gradeOption', { percent: Math.round(g.grade * 100), amount: g.amount }) }))}
                />
              </Form.Item>
            ) : (
              <>
                <div className="m-grade-chips" role="group" aria-label={t('applicant.rights.quickGrades')}>
                  {grades
                    .filter((g) => quickGrades.includes(g.grade))
                    .map((g) => (
                      <Button
                        key={g.amount}
                        size="middle"
                        disabled={locked}
                        type={base === g.amount ? 'primary' : 'default'}
                        data-testid={`base-grade-${Math.round(g.grade * 100)}`}
                        onClick={() => form.setFieldValue('contributionBase', g.amount)}
                      >
                        {Math.round(g.grade * 100)}% · {g.amount}
                      </Button>
                    ))}
                </div>
                <Form.Item name="contributionBase" label={t('applicant.rights.baseAmount')} rules={[rule((v: number) => checkBase(v, p))]}>
                  <InputNumber
                    style={{ width: '100%' }}
                    inputMode="decimal"
                    min={0}
                    precision={2}
                    disabled={locked}
                    suffix={t('applicant.common.yuan')}
                    data-testid="field-contributionBase"
                  />
                </Form.Item>
              </>
            )}
            <div className="m-row" aria-live="polite">
              <span>{t('applicant.rights.monthly', { rate: Math.round(p.rate * 100) })}</span>
              <span className="m-amount" data-testid="monthly-amount">
                {monthly === null ? '—' : yuan(monthly, i18n.language)}
              </span>
            </div>
          </>
        )}
      </Card>

      <Card className="m-card" title={t('applicant.rights.frequency')}>
        <Form.Item name="paymentFrequency" rules={[{ required: true, message: t('applicant.validation.frequencyRequired') }]} style={{ marginBottom: 0 }}>
          <Radio.Group disabled={locked} optionType="button" buttonStyle="solid" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {(frequencies.data ?? []).map((f) => (
              <Radio.Button key={f.code} value={f.code}>
                {/* antd puts extra props on the hidden input; the visible label carries the test id */}
                <span data-testid={`frequency-${f.code}`}>{nameOf(f, i18n.language)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
      </Card>
    </>
  );
}
