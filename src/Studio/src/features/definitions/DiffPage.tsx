import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { diff } from 'bpmn-js-differ';
import Alert from 'antd/es/alert';
import Breadcrumb from 'antd/es/breadcrumb';
import Card from 'antd/es/card';
import Checkbox from 'antd/es/checkbox';
import Empty from 'antd/es/empty';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError, localizeName } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { definitionsApi } from './api';
import { changeKinds, classifyChanges, countByKind, markersFor, type ChangeKind, type ChangeRow, type DiffResult } from './diff/classifyChanges';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './DefinitionsPages.css';

const kindColor: Record<ChangeKind, string> = { added: 'green', removed: 'red', changed: 'orange', layout: 'blue' };

interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface FittedBox extends ViewBox {
  inner: ViewBox;
}

/** The box showing both diagrams' contents with a margin (after each was fitted to its own viewport). */
function unionBox(a: ViewBox, b: ViewBox): ViewBox {
  const inner = [(a as FittedBox).inner ?? a, (b as FittedBox).inner ?? b];
  const x = Math.min(...inner.map((i) => i.x));
  const y = Math.min(...inner.map((i) => i.y));
  const right = Math.max(...inner.map((i) => i.x + i.width));
  const bottom = Math.max(...inner.map((i) => i.y + i.height));
  const margin = 24;
  return { x: x - margin, y: y - margin, width: right - x + 2 * margin, height: bottom - y + 2 * margin };
}

interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
  viewbox(box?: ViewBox): ViewBox;
  zoom(level: string | number): void;
  scrollToElement(element: unknown, padding?: number): void;
}
interface Registry {
  get(id: string): unknown;
}

/** Two versions side by side with bpmn-js-differ's changes marked on both and listed in a table. */
export default function DiffPage() {
  const { key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t, i18n } = useTranslation();
  const versions = useQuery({ queryKey: ['definitions', key, 'versions'], queryFn: () => definitionsApi.versions(key) });
  const list = versions.data ?? [];
  const to = Number(params.get('to')) || list[0]?.version;
  const from = Number(params.get('from')) || (to ? to - 1 : undefined);

  const oldXml = useQuery({
    queryKey: ['definitions', key, 'xml', from],
    queryFn: () => definitionsApi.xml(key, from!),
    enabled: !!from,
    staleTime: Infinity,
  });
  const newXml = useQuery({
    queryKey: ['definitions', key, 'xml', to],
    queryFn: () => definitionsApi.xml(key, to!),
    enabled: !!to,
    staleTime: Infinity,
  });

  const oldContainer = useRef<HTMLDivElement>(null);
  const newContainer = useRef<HTMLDivElement>(null);
  const viewers = useRef<{ old: NavigatedViewer; new: NavigatedViewer } | null>(null);
  const [rows, setRows] = useState<ChangeRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kinds, setKinds] = useState<ChangeKind[]>(changeKinds);
  const [focus, setFocus] = useState<string | null>(null);

  useEffect(() => {
    if (!oldXml.data || !newXml.data || !oldContainer.current || !newContainer.current) return;
    const left = new NavigatedViewer({ container: oldContainer.current });
    const right = new NavigatedViewer({ container: newContainer.current });
    let disposed = false;
    setRows(null);
    setError(null);
    Promise.all([left.importXML(oldXml.data), right.importXML(newXml.data)])
      .then(() => {
        if (disposed) return;
        const result = diff(left.getDefinitions(), right.getDefinitions()) as DiffResult;
        const changes = classifyChanges(result);
        const markers = markersFor(changes);
        const mark = (viewer: NavigatedViewer, map: Map<string, ChangeKind>) => {
          const canvas = viewer.get<Canvas>('canvas');
          const registry = viewer.get<Registry>('elementRegistry');
          for (const [id, kind] of map) if (registry.get(id)) canvas.addMarker(id, `si-diff-${kind}`);
          canvas.zoom('fit-viewport');
        };
        mark(left, markers.old);
        mark(right, markers.new);
        // Same viewbox on both sides, wide enough for both diagrams, so the eye can jump between them.
        const union = unionBox(left.get<Canvas>('canvas').viewbox(), right.get<Canvas>('canvas').viewbox());
        left.get<Canvas>('canvas').viewbox(union);
        right.get<Canvas>('canvas').viewbox(union);
        let syncing = false;
        const sync = (source: NavigatedViewer, target: NavigatedViewer) =>
          source.on('canvas.viewbox.changed', (event: { viewbox: ViewBox }) => {
            if (syncing) return;
            syncing = true;
            const { x, y, width, height } = event.viewbox;
            target.get<Canvas>('canvas').viewbox({ x, y, width, height });
            syncing = false;
          });
        sync(left, right);
        sync(right, left);
        const click = (event: { element: { id: string; type: string } }) => {
          if (!event.element.type.endsWith('Process') && event.element.type !== 'label') setFocus(event.element.id);
        };
        left.on('element.click', click);
        right.on('element.click', click);
        viewers.current = { old: left, new: right };
        setRows(changes);
      })
      .catch((e: Error) => !disposed && setError(e.message));
    return () => {
      disposed = true;
      viewers.current = null;
      left.destroy();
      right.destroy();
    };
  }, [oldXml.data, newXml.data]);

  // The focused element: outlined on whichever side has it, and scrolled into view.
  useEffect(() => {
    const pair = viewers.current;
    if (!pair || !focus) return;
    const sides = [pair.old, pair.new];
    for (const viewer of sides) {
      const canvas = viewer.get<Canvas>('canvas');
      const element = viewer.get<Registry>('elementRegistry').get(focus);
      if (element) {
        canvas.addMarker(focus, 'si-diff-focus');
        canvas.scrollToElement(element, 150);
      }
    }
    return () => {
      for (const viewer of sides) if (viewer.get<Registry>('elementRegistry').get(focus)) viewer.get<Canvas>('canvas').removeMarker(focus, 'si-diff-focus');
    };
  }, [focus, rows]);

  const counts = useMemo(() => countByKind(rows ?? []), [rows]);
  const shownRows = useMemo(() => (rows ?? []).filter((r) => kinds.includes(r.kind)), [rows, kinds]);
  const kindLabel = (kind: ChangeKind) =>
    ({ added: t('definitions.diff.kind.added'), removed: t('definitions.diff.kind.removed'), changed: t('definitions.diff.kind.changed'), layout: t('definitions.diff.kind.layout') })[kind];

  const columns: ColumnsType<ChangeRow> = [
    {
      title: t('definitions.diff.columns.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (kind: ChangeKind, row) => (
        <Space size={2}>
          <Tag color={kindColor[kind]}>{kindLabel(kind)}</Tag>
          {kind === 'changed' && row.layoutChanged && <Tag color="blue">{t('definitions.diff.kind.layout')}</Tag>}
        </Space>
      ),
    },
    { title: t('definitions.diff.columns.id'), dataIndex: 'id', width: 200, render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
    { title: t('definitions.diff.columns.name'), dataIndex: 'name', width: 200, render: (name: string) => (name ? localizeName(name, i18n.language) : '—') },
    { title: t('definitions.diff.columns.type'), dataIndex: 'type', width: 160 },
    {
      title: t('definitions.diff.columns.attributes'),
      key: 'attributes',
      render: (_, row) =>
        row.attributes.length === 0 ? (
          '—'
        ) : (
          <Space direction="vertical" size={2}>
            {row.attributes.map((a) => (
              <span key={a.name}>
                <Typography.Text code>{a.name}</Typography.Text>{' '}
                {a.oldValue && <span className="si-attr-old">{a.oldValue}</span>} → {a.newValue ? <span className="si-attr-new">{a.newValue}</span> : <em>{t('definitions.diff.unset')}</em>}
              </span>
            ))}
          </Space>
        ),
    },
  ];

  const versionOptions = list.map((v) => ({ value: v.version, label: `v${v.version}${v.isPublished ? ` · ${t('definitions.publishedTag')}` : ''}` }));
  const loadFailed = versions.error || oldXml.error || newXml.error;
  // The process by its name, as everywhere else; the key only while the versions load or for an unnamed process.
  const processName = list[0]?.name ? localizeName(list[0].name, i18n.language) : key;
  const loading = !loadFailed && !error && rows === null;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="diff-page">
      <Breadcrumb
        items={[
          { title: <Link to="/definitions">{t('definitions.title')}</Link> },
          { title: <Link to={`/definitions/${encodeURIComponent(key)}`}>{processName}</Link> },
          { title: t('definitions.diff.title') },
        ]}
      />
      <Card>
        <div className="si-page-header">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('definitions.diff.heading', { key: processName })}
          </Typography.Title>
          <Space wrap>
            <Select
              style={{ width: 150 }}
              value={from}
              options={versionOptions}
              onChange={(v) => setParams({ from: String(v), to: String(to) }, { replace: true })}
              aria-label={t('definitions.compareFrom')}
              data-testid="diff-from"
            />
            <span>→</span>
            <Select
              style={{ width: 150 }}
              value={to}
              options={versionOptions}
              onChange={(v) => setParams({ from: String(from), to: String(v) }, { replace: true })}
              aria-label={t('definitions.compareTo')}
              data-testid="diff-to"
            />
          </Space>
        </div>
        {(loadFailed || error) && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('definitions.diff.loadFailed')} description={error ?? (loadFailed instanceof ApiError ? problemDetail(t, i18n.language, loadFailed) : undefined)} />}
        <div className="si-diff-legend" data-testid="diff-summary">
          {changeKinds.map((kind) => (
            <Checkbox
              key={kind}
              checked={kinds.includes(kind)}
              onChange={(e) => setKinds((k) => (e.target.checked ? [...k, kind] : k.filter((x) => x !== kind)))}
              data-testid={`diff-filter-${kind}`}
            >
              <span className={`si-diff-swatch si-diff-swatch-${kind}`} />
              {kindLabel(kind)} <Typography.Text strong data-testid={`diff-count-${kind}`}>{counts[kind]}</Typography.Text>
            </Checkbox>
          ))}
        </div>
      </Card>
      <div className="si-diff-sides">
        <Card size="small" title={t('definitions.diff.oldSide', { version: from ?? '—' })}>
          <Spin spinning={loading}>
            <div ref={oldContainer} className="si-diff-canvas" data-testid="diff-old" />
          </Spin>
        </Card>
        <Card size="small" title={t('definitions.diff.newSide', { version: to ?? '—' })}>
          <Spin spinning={loading}>
            <div ref={newContainer} className="si-diff-canvas" data-testid="diff-new" />
          </Spin>
        </Card>
      </div>
      <Card title={t('definitions.diff.tableTitle')} size="small">
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={shownRows}
          loading={loading}
          pagination={shownRows.length > 20 ? { pageSize: 20 } : false}
          onRow={(row) => ({ onClick: () => setFocus(row.id), style: { cursor: 'pointer' }, 'data-testid': `diff-row-${row.id}`, 'data-kind': row.kind }) as object}
          rowClassName={(row) => (row.id === focus ? 'si-diff-row-focus' : '')}
          locale={{ emptyText: <Empty description={rows ? t('definitions.diff.noChanges') : t('definitions.common.loading')} /> }}
          data-testid="diff-table"
        />
      </Card>
    </Space>
  );
}
