import { useMemo, useState } from 'react';
import Segmented from 'antd/es/segmented';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { JournalItem } from '../../api/types';
import { isChinese } from '../../i18n/language';
import { kindLabel } from '../migrations/mapping';
import { actorLabel, formatTime, journalElement } from './format';
import { IncidentCause } from './IncidentCause';
import { JsonValue } from './JsonValue';
import { maskValue } from './personalData';

function eventColor(event: string) {
  if (/resolved|complet/i.test(event)) return 'green';
  if (/incident|fail/i.test(event)) return 'red';
  if (/cancel|terminat/i.test(event)) return 'orange';
  return 'blue';
}

type View = 'activities' | 'all';

/** An IncidentCreated entry's data since incidents have codes: written as the incident view writes it (older entries stay JSON). */
function isCodedIncident(data: unknown): data is { message: string; code: string; args?: Record<string, string> } {
  const value = data as { message?: unknown; code?: unknown } | null;
  return typeof value === 'object' && value !== null && typeof value.message === 'string' && typeof value.code === 'string';
}

/**
 * The instance's journal, oldest first. Taken flows are hidden unless asked for (they are the engine's bookkeeping);
 * `elementId` narrows it to one element (a click on the diagram). Data is masked like the variables.
 */
export function JournalTable({ journal, elementId, revealed }: { journal: JournalItem[]; elementId?: string; revealed: boolean }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View>('activities');
  const rows = useMemo(
    () => journal.filter((j) => (elementId ? j.elementId === elementId : view === 'all' || j.event !== 'SequenceFlowTaken')),
    [journal, elementId, view],
  );

  const columns: ColumnsType<JournalItem> = [
    { title: '#', dataIndex: 'sequence', width: 60 },
    { title: t('instances.journal.at'), dataIndex: 'at', width: 170, render: formatTime },
    {
      title: t('instances.journal.element'),
      key: 'element',
      render: (_, item) => (
        <Space size={4} wrap>
          <Tooltip title={item.elementId}>
            <Typography.Text>{journalElement(item, i18n.language)}</Typography.Text>
          </Tooltip>
          <Typography.Text type="secondary">{kindLabel(t, item.elementType, isChinese(i18n.language))}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('instances.journal.event'),
      dataIndex: 'event',
      render: (event: string) => (
        <Tag color={eventColor(event)}>{t(`instances.journalEvent.${event}`, { defaultValue: t(`journalEvent.${event}`, { defaultValue: event }) })}</Tag>
      ),
    },
    { title: t('instances.journal.actor'), dataIndex: 'actor', render: (v?: string | null) => actorLabel(t, v) },
    {
      title: t('instances.journal.data'),
      dataIndex: 'data',
      render: (data: unknown, item) => {
        if (data === null || data === undefined) return '—';
        const shown = revealed ? data : maskValue(data);
        return item.event === 'IncidentCreated' && isCodedIncident(shown) ? (
          <IncidentCause incident={{ ...shown, id: '', instanceId: '', processKey: '', elementId: item.elementId, elementType: '', createdAt: item.at }} testIds={false} />
        ) : (
          <JsonValue value={shown} />
        );
      },
    },
  ];

  return (
    <>
      {!elementId && (
        <Segmented<View>
          style={{ marginBottom: 12 }}
          value={view}
          onChange={setView}
          options={[
            { value: 'activities', label: t('instances.journal.activities') },
            { value: 'all', label: t('instances.journal.all') },
          ]}
        />
      )}
      <Table<JournalItem>
        rowKey="sequence"
        size="small"
        data-testid="journal-table"
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: t('instances.journal.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
      />
    </>
  );
}
