import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Switch from 'antd/es/switch';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldMessages, policyApi, policyFields, toFormValues, toRequest, type PolicyFormValues } from './api';

const blank: Partial<PolicyFormValues> = {
  gradeMode: 'Free',
  grades: '0.6, 0.7, 0.8, 0.9, 1, 1.5, 2, 2.5, 3',
  rate: 0.2,
  personalAccountRate: 0.08,
  pooledRate: 0.12,
  deductionDay: 20,
  reminderOffsetsDays: '7, 3, 1',
  allowPastYearArrears: false,
  femaleFlexibleWorkerOriginalRetirementAge: 55,
  confidence: 'Low',
};

/** View, create or edit one policy year; the server's validation messages appear beside the fields they concern. */
export default function PolicyYearPage() {
  const { t, i18n } = useTranslation();
  const { year: yearParam } = useParams();
  const isNew = yearParam === undefined;
  const year = isNew ? undefined : Number(yearParam);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyFormValues>();
  const existing = useQuery({ queryKey: ['policy', 'year', year], queryFn: () => policyApi.get(year!), enabled: !isNew });
  const save = useMutation({
    mutationFn: (values: PolicyFormValues) => policyApi.save(isNew ? values.year : year!, toRequest(values)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['policy'] });
      message.success(t('policy.saved', { year: saved.year }));
      navigate(`/policy/${saved.year}`);
    },
  });

  useEffect(() => {
    if (existing.data) form.setFieldsValue(toFormValues(existing.data));
  }, [existing.data, form]);

  const errors = fieldMessages(save.error, i18n.language, ['year', ...policyFields]);
  const item = (name: keyof PolicyFormValues) => ({
    name,
    label: t(`policy.fields.${name}`),
    validateStatus: errors[name] ? ('error' as const) : undefined,
    help: errors[name] ? <span data-testid={`policy-error-${name}`}>{errors[name].join('；')}</span> : undefined,
  });

  if (!isNew && existing.isLoading) return <Spin />;
  if (!isNew && existing.error) {
    const missing = existing.error instanceof ApiError && existing.error.status === 404;
    return <Alert type={missing ? 'info' : 'error'} showIcon title={t(missing ? 'policy.notEntered' : 'policy.loadFailed', { year })} />;
  }

  return (
    <Card
      title={isNew ? t('policy.newYear') : t('policy.editYear', { year })}
      extra={<Link to="/policy">{t('policy.back')}</Link>}
    >
      {errors[''] && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errors[''].join('；')} data-testid="policy-error" />}
      <Form
        form={form}
        layout="vertical"
        initialValues={isNew ? blank : undefined}
        onFinish={(values) => save.mutate({ ...values, year: isNew ? values.year : year! })}
        onValuesChange={() => save.reset()}
        style={{ maxWidth: 760 }}
        data-testid="policy-form"
      >
        {isNew && (
          <Form.Item {...item('year')} rules={[{ required: true, message: t('policy.yearRequired') }]}>
            <InputNumber min={2000} max={2100} data-testid="policy-field-year" />
          </Form.Item>
        )}
        <Space wrap size="large" align="start">
          <Form.Item {...item('averageMonthlyWage')}>
            <InputNumber min={0} step={1} style={{ width: 180 }} data-testid="policy-field-averageMonthlyWage" />
          </Form.Item>
          <Form.Item {...item('baseLowerLimit')}>
            <InputNumber min={0} step={1} style={{ width: 180 }} data-testid="policy-field-baseLowerLimit" />
          </Form.Item>
          <Form.Item {...item('baseUpperLimit')}>
            <InputNumber min={0} step={1} style={{ width: 180 }} data-testid="policy-field-baseUpperLimit" />
          </Form.Item>
        </Space>
        <Form.Item {...item('gradeMode')}>
          <Radio.Group
            options={[
              { value: 'Free', label: t('policy.gradeMode.Free') },
              { value: 'Fixed', label: t('policy.gradeMode.Fixed') },
            ]}
          />
        </Form.Item>
        <Form.Item {...item('grades')} extra={t('policy.gradesHint')}>
          <Input data-testid="policy-field-grades" />
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item {...item('rate')}>
            <InputNumber min={0} max={1} step={0.01} data-testid="policy-field-rate" />
          </Form.Item>
          <Form.Item {...item('personalAccountRate')}>
            <InputNumber min={0} max={1} step={0.01} data-testid="policy-field-personalAccountRate" />
          </Form.Item>
          <Form.Item {...item('pooledRate')}>
            <InputNumber min={0} max={1} step={0.01} data-testid="policy-field-pooledRate" />
          </Form.Item>
          <Form.Item {...item('deductionDay')} extra={t('policy.deductionDayHint')}>
            <InputNumber min={1} max={31} data-testid="policy-field-deductionDay" />
          </Form.Item>
        </Space>
        <Form.Item {...item('reminderOffsetsDays')} extra={t('policy.remindersHint')}>
          <Input style={{ maxWidth: 240 }} data-testid="policy-field-reminderOffsetsDays" />
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item {...item('allowPastYearArrears')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item {...item('femaleFlexibleWorkerOriginalRetirementAge')}>
            <Select style={{ width: 120 }} options={[{ value: 50 }, { value: 55 }]} />
          </Form.Item>
          <Form.Item {...item('confidence')}>
            <Select
              style={{ width: 140 }}
              options={(['High', 'Medium', 'Low'] as const).map((c) => ({ value: c, label: t(`policy.confidence.${c}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item {...item('source')} extra={t('policy.sourceHint')}>
          <Input.TextArea rows={3} data-testid="policy-field-source" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="policy-save">
          {t('policy.save')}
        </Button>
      </Form>
    </Card>
  );
}
