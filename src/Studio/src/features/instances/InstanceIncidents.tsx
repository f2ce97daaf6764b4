import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Collapse from 'antd/es/collapse';
import Popconfirm from 'antd/es/popconfirm';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { isChinese } from '../../i18n/language';
import { kindLabel } from '../migrations/mapping';
import type { DefinitionSummary, IncidentItem } from './api';
import { elementLabel, formatTime } from './format';
import { IncidentCause } from './IncidentCause';
import { useRetry } from './useRetry';

const incidentElement = (incident: IncidentItem, language: string) => elementLabel({ id: incident.elementId, name: incident.elementName }, language);

type Definitions = readonly DefinitionSummary[] | undefined;

function OpenIncident({ incident, definitions }: { incident: IncidentItem; definitions: Definitions }) {
  const { t, i18n } = useTranslation();
  const retry = useRetry();
  return (
    <Alert
      type="error"
      showIcon
      data-testid={`incident-${incident.id}`}
      title={
        <Space wrap>
          <Typography.Text strong>{t('instances.incident.at', { element: incidentElement(incident, i18n.language) })}</Typography.Text>
          <Tag>{kindLabel(t, incident.elementType, isChinese(i18n.language))}</Tag>
          <Typography.Text type="secondary">{formatTime(incident.createdAt)}</Typography.Text>
        </Space>
      }
      description={<IncidentCause incident={incident} definitions={definitions} />}
      action={
        <Popconfirm
          title={t('instances.retryConfirm')}
          onConfirm={() => retry.mutate(incident.id)}
          okText={t('instances.retry')}
          okButtonProps={{ ...({ 'data-testid': 'incident-retry-confirm' } as Record<string, string>) }}
          cancelText={t('instances.cancelAction')}
        >
          <Button type="primary" danger loading={retry.isPending} data-testid="incident-retry">
            {t('instances.retry')}
          </Button>
        </Popconfirm>
      }
    />
  );
}

/** The instance's incidents: the open ones to retry, the resolved ones folded away with who resolved them. */
export function InstanceIncidents({ open, resolved, definitions }: { open: IncidentItem[]; resolved: IncidentItem[]; definitions?: Definitions }) {
  const { t, i18n } = useTranslation();
  return (
    
        <Card title={t('instances.incidents')} data-testid="instance-incidents">
          <Space orientation="vertical" style={{ width: '100%' }}>
            {open.length === 0 && <Alert type="success" showIcon title={t('instances.allResolved')} data-testid="incidents-all-resolved" />}
            {open.map((incident) => (
              <OpenIncident key={incident.id} incident={incident} definitions={definitions} />
            ))}
            {resolved.length > 0 && (
              <Collapse
                size="small"
                items={[
                  {
                    key: 'resolved',
                    label: t('instances.resolvedIncidents', { count: resolved.length }),
                    children: (
                      <Space orientation="vertical" style={{ width: '100%' }}>
                        {resolved.map((incident) => (
                          <div key={incident.id} data-testid="incident-resolved">
                            <Space wrap>
                              <Typography.Text strong>{incidentElement(incident, i18n.language)}</Typography.Text>
                              <Typography.Text type="secondary">
                                {t('instances.resolvedBy', { at: formatTime(incident.resolvedAt), by: incident.resolvedBy ?? '—' })}
                              </Typography.Text>
                            </Space>
                            <IncidentCause incident={incident} definitions={definitions} testIds={false} />
                          </div>
                        ))}
                      </Space>
                    ),
                  },
                ]}
              />
            )}
          </Space>
        </Card>
  );
}
