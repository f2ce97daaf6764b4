import Card from 'antd/es/card';
import Checkbox from 'antd/es/checkbox';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { nameOf, useInsuranceTypes, useSuspensionReasons } from '../api';
import { NativeSelect } from '../NativeSelect';
import { addMonths, checkEffectiveMonth, currentMonth } from '../validation';
import { useCheckRule } from './useRules';

/** 停保信息: the change reason (变更原因), the month it takes effect (this month by default) and the 险种 to suspend. */
export function SuspensionStep({ locked }: { locked: boolean }) {
  const { t, i18n } = useTranslation();
  const reasons = useSuspensionReasons();
  const types = useInsuranceTypes();
  const rule = useCheckRule();
  const latest = dayjs(`${addMonths(currentMonth(), 1)}-01`);

  return (
    <Card className="m-card" title={t('applicant.steps.suspension')}>
      <Form.Item name="reason" label={t('applicant.suspension.reason')} rules={[{ required: true, message: t('applicant.validation.reasonRequired') }]}>
        <NativeSelect
          disabled={locked}
          placeholder={t('applicant.common.choose')}
          data-testid="field-reason"
          options={(reasons.data ?? []).map((r) => ({ value: r.code, label: nameOf(r, i18n.language) }))}
        />
      </Form.Item>
      <Form.Item
        name="effectiveMonth"
        label={t('applicant.suspension.month')}
        extra={t('applicant.suspension.monthHint')}
        rules={[rule((v: string) => checkEffectiveMonth(v))]}
        getValueProps={(v?: string) => ({ value: v ? dayjs(`${v}-01`) : undefined })}
        normalize={(d?: Dayjs | null) => (d ? d.format('YYYY-MM') : undefined)}
      >
        <DatePicker
          picker="month"
          inputReadOnly
          allowClear={false}
          disabled={locked}
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(latest, 'month')}
          data-testid="field-effectiveMonth"
        />
      </Form.Item>
      <Form.Item
        name="insuranceTypes"
        label={t('applicant.suspension.insuranceTypes')}
        rules={[{ required: true, type: 'array', min: 1, message: t('applicant.validation.insuranceTypesRequired') }]}
      >
        <Checkbox.Group
          disabled={locked}
          data-testid="field-insuranceTypes"
          options={(types.data ?? []).map((it) => ({ value: it.code, label: nameOf(it, i18n.language) }))}
        />
      </Form.Item>
    </Card>
  );
}
