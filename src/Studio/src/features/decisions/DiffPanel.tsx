import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import List from 'antd/es/list';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { decisionsApi } from './api';

const kindColor: Record<string, string> = { added: 'green', removed: 'red', changed: 'gold', moved: 'blue' };

/** The server's cell-level comparison of two versions of a table. */
export function DiffPanel({ decisionKey, from, to }: { decisionKey: string; from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useQuery({ queryKey: ['decisions', decisionKey, 'diff', from, to], queryFn: () => decisionsApi.diff(decisionKey, from, to) });
  const kind = (k: string) => <Tag color={kindColor[k]}>{t(`decisions.diff.kinds.${k}`, { defaultValue: k })}</Tag>;
  const data = diff.data;
  const empty = data && !data.hitPolicy && data.columns.length === 0 && data.rules.length === 0;
  return (
    <Card size="small" title={t('decisions.diff.title', { from, to })} data-testid="decision-diff">
      {diff.isPending && <Spin />}
      {diff.error && <Alert type="error" showIcon message={t('decisions.loadFailed')} />}
      {empty && <Empty description={t('decisions.diff.same')} />}
      {data && !empty && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {data.hitPolicy && (
            <Typography.Text>
              {t('decisions.diff.hitPolicy')}: <Typography.Text delete>{data.hitPolicy.from}</Typography.Text> → <Typography.Text strong>{data.hitPolicy.to}</Typography.Text>
            </Typography.Text>
          )}
          {data.columns.map((c) => (
            <div key={c.id}>
              {kind(c.kind)} {t('decisions.diff.column')} {c.label ?? c.id}
            </div>
          ))}
          <List
            size="small"
            dataSource={data.rules}
            renderItem={(r) => (
              <List.Item>
                <Space direction="vertical" size={2}>
                  <span>
                    {kind(r.kind)} {t('decisions.diff.rule')} <Typography.Text code>{r.id}</Typography.Text>
                    {r.position ? ` (#${r.position})` : ''}
                  </span>
                  {r.cells.map((c) => (
                    <Typography.Text key={c.column} type="secondary">
                      {c.column}: <Typography.Text delete>{c.from || '∅'}</Typography.Text> → <Typography.Text strong>{c.to || '∅'}</Typography.Text>
                    </Typography.Text>
                  ))}
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
    </Card>
  );
}
