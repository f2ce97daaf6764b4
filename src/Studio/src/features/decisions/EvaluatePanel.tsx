import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Input from 'antd/es/input';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { decisionsApi } from './api';

/** Tries a deployed version with variables typed as JSON: which rules match and what the table gives. */
export function EvaluatePanel({ decisionKey, version, example }: { decisionKey: string; version?: number; example: string }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(example);
  const [parseError, setParseError] = useState(false);
  const evaluate = useMutation({
    mutationFn: (variables: Record<string, unknown>) => decisionsApi.evaluate(decisionKey, variables, version),
  });

  const run = () => {
    let variables: unknown;
    try {
      variables = JSON.parse(text);
    } catch {
      variables = null;
    }
    const isObject = !!variables && typeof variables === 'object' && !Array.isArray(variables);
    setParseError(!isObject);
    if (isObject) evaluate.mutate(variables as Record<string, unknown>);
  };

  const outcome = evaluate.data;
  const rows = outcome && 'evaluated' in outcome ? outcome.evaluated.result : [];
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return (
    <Card size="small" title={t('decisions.evaluate.title', { version: version ?? '—' })}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('decisions.evaluate.hint')}</Typography.Text>
        <Input.TextArea
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={t('decisions.evaluate.variables')}
          data-testid="evaluate-variables"
          style={{ fontFamily: 'monospace' }}
        />
        {parseError && <Alert type="warning" showIcon message={t('decisions.evaluate.notJson')} />}
        <Button type="primary" onClick={run} loading={evaluate.isPending} disabled={version === undefined} data-testid="evaluate-run">
          {t('decisions.evaluate.run')}
        </Button>
        {evaluate.error && (
          <Alert
            type="error"
            showIcon
            message={t('decisions.evaluate.failed')}
            description={evaluate.error instanceof ApiError ? problemDetail(t, i18n.language, evaluate.error) : t('error.network')}
          />
        )}
        {outcome && 'failed' in outcome && (
          <Alert type="error" showIcon message={t('decisions.evaluate.noResult')} description={outcome.failed} data-testid="evaluate-failed" />
        )}
        {outcome && 'evaluated' in outcome && (
          <div data-testid="evaluate-result">
            <Space wrap style={{ marginBottom: 8 }}>
              <span>{t('decisions.evaluate.matched')}</span>
              {outcome.evaluated.matchedRules.length === 0 ? (
                <Tag>{t('decisions.evaluate.none')}</Tag>
              ) : (
                outcome.evaluated.matchedRules.map((r) => (
                  <Tag color="blue" key={r}>
                    {r}
                  </Tag>
                ))
              )}
            </Space>
            <Table
              size="small"
              pagination={false}
              rowKey={(_, i) => String(i)}
              dataSource={rows}
              columns={names.map((n) => ({ title: n, dataIndex: n, key: n, render: (v: unknown) => JSON.stringify(v) }))}
              locale={{ emptyText: t('decisions.evaluate.empty') }}
            />
          </div>
        )}
      </Space>
    </Card>
  );
}
