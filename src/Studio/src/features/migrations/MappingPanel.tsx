import { lazy, Suspense, useMemo } from 'react';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { localizeName } from '../../api/ApiError';
import type { PlanElement } from './api';
import { isChinese } from '../../i18n/language';
import { compatibleTargets, diagramMarks, kindLabel, newTargets, originOf, sourceForTarget, type MappingRow } from './mapping';

const MigrationDiagram = lazy(() => import('./MigrationDiagram'));

const originColors = { generated: 'blue', edited: 'gold', unmapped: 'red' } as const;

export interface MappingPanelProps {
  rows: MappingRow[];
  targets: PlanElement[];
  proposal: ReadonlyMap<string, string | null>;
  sourceXml?: string;
  targetXml?: string;
  sourceVersion: number;
  targetVersion: number;
  counts: ReadonlyMap<string, number>;
  selected: string | null;
  onSelect: (source: string | null) => void;
  onChange: (source: string, target: string | null) => void;
}

/** Both diagrams side by side with the mapping drawn on them, and the table where the administrator fixes it. */
export function MappingPanel({ rows, targets, proposal, sourceXml, targetXml, sourceVersion, targetVersion, counts, selected, onSelect, onChange }: MappingPanelProps) {
  const { t, i18n } = useTranslation();
  const marks = useMemo(() => diagramMarks(rows, targets, selected), [rows, targets, selected]);
  const named = (e: { id: string; name?: string | null }) => (e.name ? localizeName(e.name, i18n.language) : e.id);
  const kindText = (kind: string) => kindLabel(t, kind, isChinese(i18n.language));
  const added = newTargets(rows, targets);

  const columns: ColumnsType<MappingRow> = [
    {
      title: t('migrations.mapping.source', { version: sourceVersion }),
      key: 'source',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{named({ id: row.source, name: row.sourceName })}</Typography.Text>
          <Typography.Text type="secondary">
            {kindText(row.kind)}
            {counts.get(row.source) ? ` · ${t('migrations.waitingHere', { count: counts.get(row.source) })}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('migrations.mapping.target', { version: targetVersion }),
      key: 'target',
      width: '40%',
      render: (_, row) => (
        <div onClick={(e) => e.stopPropagation()}>
          <Select
            style={{ width: '100%' }}
            value={row.target ?? ''}
            onChange={(v: string) => onChange(row.source, v || null)}
            onFocus={() => onSelect(row.source)}
            options={[
              { value: '', label: t('migrations.mapping.noCounterpart') },
              ...compatibleTargets(row, targets).map((e) => ({ value: e.id, label: named(e) })),
            ]}
            aria-label={t('migrations.mapping.targetOf', { name: named({ id: row.source, name: row.sourceName }) })}
            data-testid={`mapping-target-${row.source}`}
          />
        </div>
      ),
    },
    {
      title: t('migrations.mapping.origin'),
      key: 'origin',
      width: 130,
      render: (_, row) => {
        const origin = originOf(row, proposal);
        return (
          <Tag color={originColors[origin]} data-testid={`mapping-origin-${row.source}`} data-origin={origin}>
            {t(`migrations.origin.${origin}`)}
          </Tag>
        );
      },
    },
  ];

  const diagram = (side: 'source' | 'target', xml: string | undefined, version: number) => (
    <Col xs={24} xl={12}>
      <Card size="small" title={t(side === 'source' ? 'migrations.diagram.source' : 'migrations.diagram.target', { version })}>
        {xml ? (
          <Suspense fallback={<Spin />}>
            <MigrationDiagram
              xml={xml}
              side={side}
              marks={marks[side]}
              counts={side === 'source' ? counts : undefined}
              onElementClick={(id) => onSelect(side === 'source' ? (rows.some((r) => r.source === id) ? id : null) : sourceForTarget(rows, id))}
            />
          </Suspense>
        ) : (
          <Spin />
        )}
      </Card>
    </Col>
  );

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Row gutter={[12, 12]}>
        {diagram('source', sourceXml, sourceVersion)}
        {diagram('target', targetXml, targetVersion)}
      </Row>
      <Space wrap size={16} className="si-mig-legend">
        <span><i className="si-mig-swatch si-mig-swatch-mapped" /> {t('migrations.legend.mapped')}</span>
        <span><i className="si-mig-swatch si-mig-swatch-unmapped" /> {t('migrations.legend.unmapped')}</span>
        <span><i className="si-mig-swatch si-mig-swatch-new" /> {t('migrations.legend.new')}</span>
        <span><i className="si-mig-swatch si-mig-swatch-selected" /> {t('migrations.legend.selected')}</span>
      </Space>
      <Table
        rowKey="source"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        onRow={(row) => ({ onClick: () => onSelect(row.source), style: { cursor: 'pointer' }, 'data-testid': `mapping-row-${row.source}` }) as React.HTMLAttributes<HTMLElement>}
        rowClassName={(row) => (row.source === selected ? 'si-mig-row-selected' : '')}
        data-testid="mapping-table"
      />
      {added.length > 0 && (
        <Typography.Text type="secondary" data-testid="mapping-new-targets">
          {t('migrations.mapping.newInTarget', { version: targetVersion })}{' '}
          {added.map((e) => (
            <Tag key={e.id} color="cyan">
              {named(e)} · {kindText(e.kind)}
            </Tag>
          ))}
        </Typography.Text>
      )}
    </Space>
  );
}
