import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import Image from 'antd/es/image';
import Modal from 'antd/es/modal';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import App from 'antd/es/app';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { caseApi, type TaskMaterial } from './caseApi';
import { formatSize, materialFileName, materialView, saveBlob } from './materialFiles';
import './MaterialsPanel.css';
import { isChinese } from '../../i18n/language';

type Loaded = { url?: string; failed?: boolean };

/**
 * Object URLs of the image materials, fetched with the bearer token (an <img src> cannot send it) and revoked when
 * the list changes or the panel unmounts, so a reviewer going through 300 cases does not leak memory.
 */
function useImageUrls(materials: readonly TaskMaterial[]) {
  const [urls, setUrls] = useState<Record<string, Loaded>>({});
  useEffect(() => {
    let alive = true;
    const created: string[] = [];
    for (const m of materials.filter((x) => materialView(x) === 'image')) {
      caseApi
        .materialFile(m)
        .then((blob) => {
          const url = URL.createObjectURL(blob);
          if (!alive) return URL.revokeObjectURL(url);
          created.push(url);
          setUrls((prev) => ({ ...prev, [m.materialId]: { url } }));
        })
        .catch(() => alive && setUrls((prev) => ({ ...prev, [m.materialId]: { failed: true } })));
    }
    return () => {
      alive = false;
      created.forEach((url) => URL.revokeObjectURL(url));
      setUrls({});
    };
  }, [materials]);
  return urls;
}

/** A PDF in the browser's own viewer, from a blob URL that lives as long as the dialog is open. */
function PdfViewer({ material, onClose }: { material: TaskMaterial; onClose: () => void }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({});
  useEffect(() => {
    let alive = true;
    let url: string | undefined;
    caseApi
      .materialFile(material)
      .then((blob) => {
        url = URL.createObjectURL(blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' }));
        if (alive) setLoaded({ url });
        else URL.revokeObjectURL(url);
      })
      .catch(() => alive && setLoaded({ failed: true }));
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [material]);

  return (
    <Modal
      open
      width="min(1000px, 96vw)"
      title={material.fileName}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('taskCase.materials.close')}</Button>}
      destroyOnHidden
    >
      {loaded.failed ? (
        <Alert type="error" showIcon title={t('taskCase.materials.loadFailed')} />
      ) : !loaded.url ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <iframe className="si-pdf-frame" title={material.fileName} src={loaded.url} data-testid="material-pdf-frame" />
      )}
    </Modal>
  );
}

/** The case's uploaded materials: kind, file, size and time, images as zoomable thumbnails, PDFs in a viewer. */
export function MaterialsPanel({ taskId }: { taskId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const query = useQuery({ queryKey: ['task', taskId, 'materials'], queryFn: () => caseApi.materials(taskId) });
  const materials = useMemo(() => query.data ?? [], [query.data]);
  const urls = useImageUrls(materials);
  const images = useMemo(() => materials.filter((m) => materialView(m) === 'image'), [materials]);
  const [preview, setPreview] = useState<{ open: boolean; current: number }>({ open: false, current: 0 });
  const [pdf, setPdf] = useState<TaskMaterial | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const zh = isChinese(i18n.language);

  const kindName = (m: TaskMaterial) => t(`material.${m.kind}`, { defaultValue: zh ? m.kindZh : m.kindEn });
  const fileName = (m: TaskMaterial) => materialFileName(m.fileName, m.kind, kindName(m));

  async function download(m: TaskMaterial) {
    setDownloading(m.materialId);
    try {
      saveBlob(await caseApi.materialFile(m), fileName(m));
    } catch (e) {
      void message.error(e instanceof ApiError ? e.title : t('error.network'));
    } finally {
      setDownloading(null);
    }
  }

  function open(m: TaskMaterial) {
    const view = materialView(m);
    if (view === 'image') setPreview({ open: true, current: images.findIndex((x) => x.materialId === m.materialId) });
    else if (view === 'pdf') setPdf(m);
    else void download(m);
  }

  function thumbnail(m: TaskMaterial) {
    const view = materialView(m);
    if (view !== 'image') {
      return (
        <button type="button" className="si-material-icon" onClick={() => open(m)} aria-label={t('taskCase.materials.view', { name: fileName(m) })}>
          {view === 'pdf' ? 'PDF' : t('taskCase.materials.file')}
        </button>
      );
    }
    const loaded = urls[m.materialId];
    if (loaded?.failed) return <Tag color="red">{t('taskCase.materials.thumbFailed')}</Tag>;
    if (!loaded?.url) return <Skeleton.Image active className="si-material-thumb-skeleton" />;
    return (
      <button
        type="button"
        className="si-material-thumb"
        onClick={() => open(m)}
        aria-label={t('taskCase.materials.view', { name: fileName(m) })}
        data-testid={`material-thumb-${m.kind}`}
      >
        <img src={loaded.url} alt={kindName(m)} />
      </button>
    );
  }

  const columns: ColumnsType<TaskMaterial> = [
    { title: t('taskCase.materials.preview'), key: 'preview', width: 96, render: (_, m) => thumbnail(m) },
    {
      title: t('taskCase.materials.kind'),
      dataIndex: 'kind',
      render: (_, m) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{kindName(m)}</Typography.Text>
          <Typography.Text type="secondary" ellipsis={{ tooltip: fileName(m) }} style={{ maxWidth: 220 }}>
            {fileName(m)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('taskCase.materials.size'), dataIndex: 'size', width: 90, render: (size?: number | null) => formatSize(size) },
    {
      title: t('taskCase.materials.attachedAt'),
      dataIndex: 'attachedAt',
      width: 140,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('taskCase.materials.actions'),
      key: 'actions',
      width: 130,
      render: (_, m) => (
        <Space size={0}>
          {materialView(m) !== 'file' && (
            <Button type="link" size="small" onClick={() => open(m)} data-testid={`material-view-${m.kind}`}>
              {t('taskCase.materials.open')}
            </Button>
          )}
          <Tooltip title={t('taskCase.materials.downloadHint', { name: fileName(m) })}>
            <Button
              type="link"
              size="small"
              loading={downloading === m.materialId}
              onClick={() => void download(m)}
              data-testid={`material-download-${m.kind}`}
            >
              {t('taskCase.materials.download')}
            </Button>
          </Tooltip>
        </Space>
      ),
    },
  ];

  if (query.isLoading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (query.isError) {
    const e = query.error;
    return (
      <Alert
        type="error"
        showIcon
        title={t('taskCase.materials.loadFailed')}
        description={e instanceof ApiError ? problemDetail(t, i18n.language, e) : t('error.network')}
        action={<Button onClick={() => void query.refetch()}>{t('taskCase.retry')}</Button>}
      />
    );
  }
  if (materials.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('taskCase.materials.none')} />;

  return (
    <div data-testid="materials-panel">
      <Table<TaskMaterial>
        rowKey="materialId"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={materials}
        scroll={{ x: 560 }}
      />
      <Image.PreviewGroup
        items={images.map((m) => ({ src: urls[m.materialId]?.url ?? '', alt: kindName(m) }))}
        preview={{
          open: preview.open,
          current: preview.current,
          onOpenChange: (open) => setPreview((p) => ({ ...p, open })),
          onChange: (current) => setPreview((p) => ({ ...p, current })),
          countRender: (current, total) => `${kindName(images[current - 1] ?? images[0])} · ${current} / ${total}`,
        }}
      />
      {pdf && <PdfViewer material={pdf} onClose={() => setPdf(null)} />}
    </div>
  );
}
