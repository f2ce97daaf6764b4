import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import Result from 'antd/es/result';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { formsApi, type FormSummary } from './api';

/** The task forms (*.form) referenced by user tasks' camunda:formKey. */
export default function FormsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const forms = useQuery({ queryKey: ['forms', 'list'], queryFn: formsApi.list });
  if (forms.error instanceof ApiError && forms.error.status === 403) {
    return <Result status="403" title={t('forms.forbiddenTitle')} subTitle={t('forms.forbiddenText')} data-testid="forms-forbidden" />;
  }
  const unavailable = forms.error instanceof ApiError && (forms.error.status === 404 || forms.error.status === 405);

  const columns: ColumnsType<FormSummary> = [
    {
      title: t('forms.columns.key'),
      dataIndex: 'key',
      render: (key: string) => (
        <Link to={`/forms/${encodeURIComponent(key)}`} data-testid={`form-link-${key}`}>
          <Typography.Text code>{key}</Typography.Text>
        </Link>
      ),
    },
    { title: t('forms.columns.version'), dataIndex: 'version', width: 100, render: (v: number) => <Tag>v{v}</Tag> },
    { title: t('forms.columns.deployedAt'), dataIndex: 'deployedAt', width: 180, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { title: t('forms.columns.deployedBy'), dataIndex: 'deployedBy', width: 140, render: (v?: string | null) => (v && v !== 'system' ? v : t('forms.system')) },
    {
      title: t('forms.columns.actions'),
      key: 'actions',
      width: 120,
      render: (_, f) => (
        <Button size="small" type="primary" onClick={() => navigate(`/forms/${encodeURIComponent(f.key)}`)} data-testid={`form-edit-${f.key}`}>
          {t('forms.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <div className="si-forms-header" style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('forms.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('forms.subtitle')}</Typography.Text>
        </div>
        <Space>
          <Button onClick={() => void forms.refetch()} loading={forms.isFetching}>
            {t('forms.refresh')}
          </Button>
          <Button type="primary" onClick={() => navigate('/forms/new')} disabled={unavailable} data-testid="form-new">
            {t('forms.newForm')}
          </Button>
        </Space>
      </div>
      {unavailable ? (
        <Result status="info" title={t('forms.unavailableTitle')} subTitle={t('forms.unavailableText')} data-testid="forms-unavailable" />
      ) : (
        <>
          {forms.error && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('forms.loadFailed')}
              description={forms.error instanceof ApiError ? forms.error.title : t('error.network')}
            />
          )}
          <Table
            rowKey="key"
            columns={columns}
            dataSource={forms.data ?? []}
            loading={forms.isPending}
            pagination={false}
            data-testid="forms-table"
            locale={{ emptyText: <Empty description={t('forms.empty')} /> }}
          />
        </>
      )}
    </Card>
  );
}
