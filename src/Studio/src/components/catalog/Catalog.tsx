import type { ReactNode } from 'react';
import Alert from 'antd/es/alert';
import Empty from 'antd/es/empty';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';

const headerStyle = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12, marginBottom: 16 } as const;

/** The head of a catalog screen (processes, decisions, forms): its title and what it is, its actions on the right. */
export function CatalogHeader({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <div className="si-page-header" style={headerStyle}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{subtitle}</Typography.Text>
      </div>
      {children}
    </div>
  );
}

interface TableProps<Row> {
  query: { data?: Row[]; error: Error | null; isPending: boolean };
  columns: ColumnsType<Row>;
  /** The alert's title when the list could not be loaded. */
  loadFailed: string;
  empty: string;
  testId: string;
}

/** A catalog's list, one row per key, with the reason above it when it could not be loaded. */
export function CatalogTable<Row extends { key: string }>({ query, columns, loadFailed, empty, testId }: TableProps<Row>) {
  const { t } = useTranslation();
  return (
    <>
      {query.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={loadFailed}
          description={query.error instanceof ApiError ? query.error.title : t('error.network')}
        />
      )}
      <Table
        rowKey="key"
        columns={columns}
        dataSource={query.data ?? []}
        loading={query.isPending}
        pagination={false}
        data-testid={testId}
        locale={{ emptyText: <Empty description={empty} /> }}
      />
    </>
  );
}
