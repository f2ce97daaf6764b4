import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Spin from 'antd/es/spin';
import Typography from 'antd/es/typography';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldMessages, holidayFields, holidayLines, parseDates, parseHolidayLines, policyApi } from './api';

interface HolidayFormValues {
  holidays: string;
  makeUpWorkingDays: string;
  source: string;
}

/** One year's 节假日 and 调休上班日: they move review deadlines and the deduction day. */
export default function HolidaysPage() {
  const { t, i18n } = useTranslation();
  const year = Number(useParams().year);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<HolidayFormValues>();
  const schedule = useQuery({ queryKey: ['policy', 'holidays', year], queryFn: () => policyApi.holidays(year) });
  const save = useMutation({
    mutationFn: (values: HolidayFormValues) =>
      policyApi.saveHolidays(year, {
        holidays: parseHolidayLines(values.holidays ?? ''),
        makeUpWorkingDays: parseDates(values.makeUpWorkingDays ?? ''),
        source: values.source,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['policy', 'holidays', year] });
      message.success(t('policy.holidays.saved', { year }));
    },
  });

  useEffect(() => {
    if (schedule.data) {
      form.setFieldsValue({
        holidays: holidayLines(schedule.data.holidays),
        makeUpWorkingDays: schedule.data.makeUpWorkingDays.join('\n'),
        source: schedule.data.source ?? '',
      });
    }
  }, [schedule.data, form]);

  const errors = fieldMessages(save.error, i18n.language, ['year', ...holidayFields]);
  const item = (name: keyof HolidayFormValues) => ({
    name,
    label: t(`policy.holidays.fields.${name}`),
    validateStatus: errors[name] ? ('error' as const) : undefined,
    help: errors[name] ? <span data-testid={`holidays-error-${name}`}>{errors[name].join('；')}</span> : undefined,
  });

  if (schedule.isLoading) return <Spin />;
  return (
    <Card title={t('policy.holidays.yearTitle', { year })} extra={<Link to="/policy">{t('policy.back')}</Link>}>
      {schedule.error && <Alert type="error" showIcon title={t('policy.loadFailed')} style={{ marginBottom: 16 }} />}
      {schedule.data && !schedule.data.entered && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('policy.holidays.notEntered', { year })} data-testid="holidays-not-entered" />
      )}
      {(errors[''] ?? errors.year) && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={(errors[''] ?? errors.year).join('；')} data-testid="holidays-error" />
      )}
      <Typography.Paragraph type="secondary">{t('policy.holidays.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} onValuesChange={() => save.reset()} style={{ maxWidth: 640 }}>
        <Form.Item {...item('holidays')} extra={t('policy.holidays.holidaysHint')}>
          <Input.TextArea rows={10} placeholder={`${year}-01-01 元旦`} data-testid="holidays-field-holidays" />
        </Form.Item>
        <Form.Item {...item('makeUpWorkingDays')} extra={t('policy.holidays.makeUpHint')}>
          <Input.TextArea rows={4} placeholder={`${year}-02-14`} data-testid="holidays-field-makeUpWorkingDays" />
        </Form.Item>
        <Form.Item {...item('source')}>
          <Input.TextArea rows={2} data-testid="holidays-field-source" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="holidays-save">
          {t('policy.save')}
        </Button>
      </Form>
    </Card>
  );
}
