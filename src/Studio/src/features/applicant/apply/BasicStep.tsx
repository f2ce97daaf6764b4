import Alert from 'antd/es/alert';
import Card from 'antd/es/card';
import Descriptions from 'antd/es/descriptions';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shell/useMe';
import { nameOf, useRegions } from '../api';
import { NativeSelect } from '../NativeSelect';
import type { ApplicationType } from '../types';
import { checkAddress, checkPhone, maxAddressLength } from '../validation';
import { useCheckRule } from './useRules';

/** 基本信息: name and ID number come from the verified account and are never typed; region, phone and address are. */
export function BasicStep({ type, locked }: { type: ApplicationType; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const regions = useRegions();
  const rule = useCheckRule();

  return (
    <Card className="m-card" title={t('applicant.steps.basic')}>
      <Descriptions column={1} size="small" className="m-readonly" data-testid="basic-identity">
        <Descriptions.Item label={t('applicant.basic.name')}>{me.data?.displayName ?? '…'}</Descriptions.Item>
        <Descriptions.Item label={t('applicant.basic.idNumber')}>{me.data?.maskedIdNumber ?? '…'}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 12px', fontSize: 13 }}>
        {t('applicant.basic.identityHint')}
      </Typography.Paragraph>
      {regions.isError && <Alert type="error" showIcon title={t('applicant.common.loadFailed')} style={{ marginBottom: 12 }} />}
      {type !== 'Suspension' && (
        <Form.Item name="regionCode" label={t('applicant.basic.region')} rules={[{ required: true, message: t('applicant.validation.regionRequired') }]}>
          <NativeSelect
            disabled={locked}
            placeholder={t('applicant.common.choose')}
            data-testid="field-regionCode"
            options={(regions.data ?? []).map((r) => ({ value: r.code, label: nameOf(r, i18n.language) }))}
          />
        </Form.Item>
      )}
      {type === 'NewEnrollment' && (
        <>
          <Form.Item name="phone" label={t('applicant.basic.phone')} rules={[rule(checkPhone)]} validateTrigger="onBlur">
            <Input type="tel" inputMode="tel" autoComplete="tel" disabled={locked} maxLength={20} data-testid="field-phone" />
          </Form.Item>
          <Form.Item name="address" label={t('applicant.basic.address')} rules={[rule(checkAddress)]}>
            <Input.TextArea rows={2} maxLength={maxAddressLength} showCount disabled={locked} autoComplete="street-address" data-testid="field-address" />
          </Form.Item>
        </>
      )}
      {type === 'Suspension' && <Alert type="info" showIcon title={t('applicant.basic.suspensionHint')} />}
    </Card>
  );
}
