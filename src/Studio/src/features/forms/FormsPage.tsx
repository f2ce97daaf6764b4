import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Result from 'antd/es/result';
import Space from 'antd/es/space';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CatalogHeader, CatalogTable } from '../../components/catalog/Catalog';
import { deployedColumns } from '../../components/catalog/columns';
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
    ...deployedColumns<FormSummary>({ deployedAt: t('forms.columns.deployedAt'), deployedBy: t('forms.columns.deployedBy'), system: t('forms.system') }),
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
      <CatalogHeader title={t('forms.title')} subtitle={t('forms.subtitle')}>
        <Space>
          <Button onClick={() => void forms.refetch()} loading={forms.isFetching}>
            {t('forms.refresh')}
          </Button>
          <Button type="primary" onClick={() => navigate('/forms/new')} disabled={unavailable} data-testid="form-new">
            {t('forms.newForm')}
          </Button>
        </Space>
      </CatalogHeader>
      {unavailable ? (
        <Result status="info" title={t('forms.unavailableTitle')} subTitle={t('forms.unavailableText')} data-testid="forms-unavailable" />
      ) : (
        <CatalogTable query={forms} columns={columns} loadFailed={t('forms.loadFailed')} empty={t('forms.empty')} testId="forms-table" />
      )}
    </Card>
  );
}
