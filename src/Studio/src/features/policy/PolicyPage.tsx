import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import InputNumber from 'antd/es/input-number';
import Result from 'antd/es/result';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { policyApi, type PolicyYear } from './api';
import { pick } from '../../i18n/language';

const confidenceColor = { High: 'green', Medium: 'gold', Low: 'red' } as const;

/** Policy years (缴费政策) and the way to each year's holiday calendar; administrators only. */
export default function PolicyPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useQuery({ queryKey: ['policy', 'list'], queryFn: policyApi.list });
  const [holidayYear, setHolidayYear] = useState<number | null>(null);
  if (list.error instanceof ApiError && list.error.status === 403) {
    return <Result status="403" title={t('policy.forbidden')} data-testid="policy-forbidden" />;
  }
  const data = list.data;
  const warning = data ? pick(i18n.language, data.warningZh ?? '', data.warningEn ?? '') : '';

  const columns: ColumnsType<PolicyYear> = [
    {
      title: t('policy.columns.year'),
      dataIndex: 'year',
      width: 90,
      render: (year: number) => (
        <Link to={`/policy/${year}`} data-testid={`policy-year-${year}`}>
          {year}
        </Link>
      ),
    },
    { title: t('policy.columns.average'), dataIndex: 'averageMonthlyWage', width: 130, render: (v: number) => v.toLocaleString() },
    {
      title: t('policy.columns.limits'),
      key: 'limits',
      width: 170,
      render: (_, y) => `${y.baseLowerLimit.toLocaleString()} – ${y.baseUpperLimit.toLocaleString()}`,
    },
    { title: t('policy.columns.rate'), dataIndex: 'rate', width: 80, render: (v: number) => `${Math.round(v * 1000) / 10}%` },
    { title: t('policy.columns.deductionDay'), dataIndex: 'deductionDay', width: 90 },
    {
      title: t('policy.columns.confidence'),
      dataIndex: 'confidence',
      width: 100,
      render: (c: PolicyYear['confidence']) => <Tag color={confidenceColor[c]}>{t(`policy.confidence.${c}`)}</Tag>,
    },
    { title: t('policy.columns.source'), dataIndex: 'source', ellipsis: true },
    {
      title: t('policy.columns.updated'),
      key: 'updated',
      width: 170,
      render: (_, y) => `${dayjs(y.updatedAt).format('YYYY-MM-DD HH:mm')} ${y.updatedBy}`,
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('policy.title')}
        extra={
          <Button type="primary" onClick={() => navigate('/policy/new')} data-testid="policy-new">
            {t('policy.newYear')}
          </Button>
        }
      >
        {warning && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={warning} data-testid="policy-warning" />}
        {list.error && !(list.error instanceof ApiError && list.error.status === 403) && (
          <Alert type="error" showIcon title={t('policy.loadFailed')} style={{ marginBottom: 16 }} />
        )}
        <Table
          rowKey="year"
          size="middle"
          loading={list.isLoading}
          columns={columns}
          dataSource={data?.years ?? []}
          pagination={false}
          data-testid="policy-table"
        />
      </Card>
      <Card title={t('policy.holidays.title')}>
        <Typography.Paragraph type="secondary">{t('policy.holidays.intro')}</Typography.Paragraph>
        <Space>
          <InputNumber
            min={2000}
            max={2100}
            placeholder={String(data?.currentYear ?? dayjs().year())}
            value={holidayYear}
            onChange={(v) => setHolidayYear(v)}
            data-testid="holidays-year"
          />
          <Button onClick={() => navigate(`/policy/holidays/${holidayYear ?? data?.currentYear ?? dayjs().year()}`)} data-testid="holidays-open">
            {t('policy.holidays.open')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
