import { useEffect, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import Alert from 'antd/es/alert';
import { useTranslation } from 'react-i18next';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import type { SideMarks } from './mapping';

type Canvas = {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
  zoom(): number;
  zoom(level: string | number, center?: 'auto'): number;
};
type Overlays = { add(id: string, type: string, overlay: { position: object; html: HTMLElement }): void; remove(filter: { type: string }): void };
type ElementRegistry = { get(id: string): unknown };

const markers = { mapped: 'si-mig-mapped', unmapped: 'si-mig-unmapped', selected: 'si-mig-selected' } as const;

export interface MigrationDiagramProps {
  xml: string;
  marks: SideMarks;
  /** 'source' draws unmapped elements as a warning; 'target' as new. */
  side: 'source' | 'target';
  /** Instances waiting on each element, drawn as a badge. */
  counts?: ReadonlyMap<string, number>;
  onElementClick?: (elementId: string) => void;
  height?: number;
}

/**
 * One version's diagram with the mapping drawn on it. It imports the XML once and changes only the markers when
 * the selection or the mapping changes, so the view keeps its zoom while the administrator works through the table.
 */
export default function MigrationDiagram({ xml, marks, side, counts, onElementClick, height = 360 }: MigrationDiagramProps) {
  const container = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<NavigatedViewer | null>(null);
  const [ready, setReady] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation();
  const clickRef = useRef(onElementClick);
  clickRef.current = onElementClick;

  useEffect(() => {
    if (!container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let disposed = false;
    viewer.on('element.click', (event: { element: { id: string; type: string } }) => {
      if (event.element.type !== 'bpmn:Process' && event.element.type !== 'label') clickRef.current?.(event.element.id);
    });
    viewer
      .importXML(xml)
      .then(() => {
        if (disposed) return;
        setError(null);
        viewerRef.current = viewer;
        // Fit, then leave a margin: a wide diagram in a half-width card would otherwise touch the card's edges.
        const canvas = viewer.get<Canvas>('canvas');
        canvas.zoom('fit-viewport', 'auto');
        canvas.zoom(Math.min(1, canvas.zoom() * 0.9), 'auto');
        setReady((n) => n + 1);
      })
      .catch((e: Error) => !disposed && setError(e.message));
    return () => {
      disposed = true;
      viewerRef.current = null;
      viewer.destroy();
    };
  }, [xml]);

  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer) return;
    const canvas = viewer.get<Canvas>('canvas');
    const registry = viewer.get<ElementRegistry>('elementRegistry');
    const overlays = viewer.get<Overlays>('overlays');
    const applied: [string, string][] = [];
    for (const [kind, marker] of Object.entries(markers) as [keyof SideMarks, string][]) {
      const suffix = kind === 'unmapped' ? `${marker}-${side}` : marker;
      for (const id of marks[kind]) {
        if (!registry.get(id)) continue;
        canvas.addMarker(id, suffix);
        applied.push([id, suffix]);
      }
    }
    for (const [id, count] of counts ?? []) {
      if (!registry.get(id)) continue;
      const badge = document.createElement('span');
      badge.className = 'si-mig-badge';
      badge.textContent = String(count);
      badge.title = t('migrations.waitingHere', { count });
      overlays.add(id, 'si-mig-count', { position: { top: -10, right: 10 }, html: badge });
    }
    return () => {
      applied.forEach(([id, marker]) => canvas.removeMarker(id, marker));
      overlays.remove({ type: 'si-mig-count' });
    };
  }, [ready, marks, counts, side, t]);

  return (
    <div className="si-mig-diagram" data-testid={`migration-diagram-${side}`}>
      {error && <Alert type="error" showIcon title={t('diagram.loadFailed')} description={error} />}
      <div ref={container} className="si-mig-canvas" style={{ height }} />
    </div>
  );
}
