import { useEffect, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import Alert from 'antd/es/alert';
import { useTranslation } from 'react-i18next';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import './ProcessDiagram.css';

export interface DiagramMarks {
  /** Elements the instance has already passed (drawn muted green). */
  completed?: readonly string[];
  /** Elements holding a token or a wait state now (drawn highlighted, with the count as a badge when > 1). */
  active?: readonly string[];
  /** Elements with an open incident (drawn red). */
  incidents?: readonly string[];
  /** Elements with a validation problem (drawn red with an outline, e.g. in the definitions screen). */
  problems?: readonly string[];
}

export interface ProcessDiagramProps extends DiagramMarks {
  xml: string;
  height?: number | string;
  onElementClick?: (elementId: string) => void;
}

type Canvas = { addMarker(id: string, marker: string): void; zoom(level: string | number): void };
type Overlays = { add(id: string, overlay: { position: object; html: HTMLElement }): void };
type ElementRegistry = { get(id: string): unknown };

/**
 * A read-only BPMN diagram with the instance's position marked. Keep this module behind `React.lazy`: bpmn-js is
 * large and only the case and instance screens need it.
 */
export default function ProcessDiagram({ xml, completed = [], active = [], incidents = [], problems = [], height = 420, onElementClick }: ProcessDiagramProps) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation();
  const clickRef = useRef(onElementClick);
  clickRef.current = onElementClick;

  useEffect(() => {
    if (!container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let disposed = false;
    viewer.on('element.click', (event: { element: { id: string; type: string } }) => {
      if (event.element.type !== 'bpmn:Process') clickRef.current?.(event.element.id);
    });

    viewer
      .importXML(xml)
      .then(() => {
        if (disposed) return;
        setError(null);
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        const overlays = viewer.get<Overlays>('overlays');
        const mark = (ids: readonly string[], marker: string) =>
          ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
        mark(completed, 'si-completed');
        mark(active, 'si-active');
        mark(incidents, 'si-incident');
        mark(problems, 'si-problem');
        const counts = new Map<string, number>();
        active.forEach((id) => counts.set(id, (counts.get(id) ?? 0) + 1));
        for (const [id, count] of counts) {
          if (count < 2 || !registry.get(id)) continue;
          const badge = document.createElement('span');
          badge.className = 'si-token-badge';
          badge.textContent = String(count);
          overlays.add(id, { position: { bottom: 10, left: -8 }, html: badge });
        }
        canvas.zoom('fit-viewport');
      })
      .catch((e: Error) => !disposed && setError(e.message));

    return () => {
      disposed = true;
      viewer.destroy();
    };
  }, [xml, completed, active, incidents, problems]);

  return (
    <div className="si-diagram" data-testid="process-diagram">
      {error && <Alert type="error" showIcon title={t('diagram.loadFailed')} description={error} />}
      <div ref={container} className="si-diagram-canvas" style={{ height }} />
    </div>
  );
}
