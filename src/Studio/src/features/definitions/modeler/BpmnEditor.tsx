import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import CamundaPlatformBehaviors from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import TokenSimulationModule from 'bpmn-js-token-simulation/lib/modeler';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Empty from 'antd/es/empty';
import { useTranslation } from 'react-i18next';
import { localizeName } from '../../../api/ApiError';
import type { Issue } from '../api';
import { fitBesidePalette, type FitCanvas } from './fitBesidePalette';
import ProblemMarkersModule, { type ProblemMarkers } from '../../../bpmn/problems';
import { retranslate, translateModule, translatePanel } from '../../../bpmn/translate';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import './BpmnEditor.css';

/** The element template shape we read (Camunda 7 templates from GET /api/admin/element-templates). */
export interface ElementTemplate {
  id: string;
  name: string;
  description?: string;
  version?: number;
}

interface DiagramElement {
  id: string;
  type: string;
  businessObject: { name?: string };
  parent?: DiagramElement | null;
}

type Service<T> = T;
interface Canvas {
  scrollToElement(element: DiagramElement, padding?: number): void;
  getRootElement(): DiagramElement;
  zoom(level: string | number): void;
}
interface EventBus {
  on(event: string, callback: (event: never) => void): void;
}

export interface BpmnEditorHandle {
  saveXml(): Promise<string>;
  importXml(xml: string): Promise<void>;
  /** Selects an element and scrolls it into view (a click on a problem). */
  select(elementId: string): boolean;
  setSimulation(active: boolean): void;
  undo(): void;
  redo(): void;
  fit(): void;
}

export interface BpmnEditorProps {
  xml: string;
  templates: readonly ElementTemplate[];
  issues: readonly Issue[];
  onChanged: () => void;
  onImported: (error?: Error, warnings?: number) => void;
  onSimulationChanged: (active: boolean) => void;
  onSelectionChanged?: (elementId: string | null) => void;
}

/**
 * bpmn-js Modeler with the Camunda 7 properties panel, our element templates and token simulation. Import it only
 * through React.lazy: it pulls in bpmn-js, the properties panel and their styles.
 */
const BpmnEditor = forwardRef<BpmnEditorHandle, BpmnEditorProps>(function BpmnEditor(props, ref) {
  const { xml, templates, issues } = props;
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<Modeler | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const { t, i18n } = useTranslation();
  const [chooser, setChooser] = useState<{ element: DiagramElement; options: ElementTemplate[] } | null>(null);
  const [filter, setFilter] = useState('');
  const language = useRef(i18n.language);
  language.current = i18n.language;
  const panelTranslator = useRef<{ refresh(): void } | null>(null);

  // One modeler for the life of the page; the document is re-imported when `xml` changes.
  useEffect(() => {
    if (!canvasRef.current || !panelRef.current) return;
    const modeler = new Modeler({
      container: canvasRef.current,
      propertiesPanel: { parent: panelRef.current },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaPlatformBehaviors,
        ElementTemplatesPropertiesProviderModule,
        TokenSimulationModule,
        ProblemMarkersModule,
        translateModule(() => language.current),
      ],
      moddleExtensions: { camunda: camundaModdle },
      elementTemplates: templates,
    });
    modelerRef.current = modeler;
    const panelWords = translatePanel(panelRef.current, () => language.current);
    panelWords.refresh();
    panelTranslator.current = panelWords;
    const bus = modeler.get<EventBus>('eventBus');
    bus.on('commandStack.changed', () => callbacks.current.onChanged());
    bus.on('tokenSimulation.toggleMode', (event: { active: boolean }) => callbacks.current.onSimulationChanged(event.active));
    bus.on('selection.changed', (event: { newSelection: DiagramElement[] }) =>
      callbacks.current.onSelectionChanged?.(event.newSelection.length === 1 ? event.newSelection[0].id : null),
    );
    // The properties panel's "Select" template button only fires this event; the chooser is ours.
    bus.on('elementTemplates.select', (event: { element: DiagramElement }) => {
      const elementTemplates = modeler.get<{ getLatest(element: DiagramElement): ElementTemplate[] }>('elementTemplates');
      setFilter('');
      setChooser({ element: event.element, options: elementTemplates.getLatest(event.element) });
    });
    return () => {
      modelerRef.current = null;
      panelWords.disconnect();
      modeler.destroy();
    };
    // Templates arrive before the editor mounts (the page waits for them).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The user menu's language switch redraws the modeler's texts in place: no reload, the edits and undo stay.
  useEffect(() => {
    if (modelerRef.current) retranslate(modelerRef.current);
    panelTranslator.current?.refresh();
  }, [i18n.language]);

  useEffect(() => {
    const modeler = modelerRef.current;
    if (!modeler) return;
    let cancelled = false;
    modeler
      .importXML(xml)
      .then((result) => {
        if (cancelled) return;
        fitBesidePalette(modeler.get<FitCanvas>('canvas'));
        callbacks.current.onImported(undefined, result.warnings.length);
      })
      .catch((e: Error) => !cancelled && callbacks.current.onImported(e));
    return () => {
      cancelled = true;
    };
  }, [xml]);

  useEffect(() => {
    modelerRef.current?.get<ProblemMarkers>('problemMarkers').show(issues);
  }, [issues]);

  useImperativeHandle(ref, () => ({
    async saveXml() {
      const { xml: saved } = await modelerRef.current!.saveXML({ format: true });
      return saved ?? '';
    },
    async importXml(text: string) {
      await modelerRef.current!.importXML(text);
      fitBesidePalette(modelerRef.current!.get<FitCanvas>('canvas'));
    },
    select(elementId: string) {
      const modeler = modelerRef.current;
      const element = modeler?.get<{ get(id: string): DiagramElement | undefined }>('elementRegistry').get(elementId);
      if (!modeler || !element) return false;
      const canvas = modeler.get<Canvas>('canvas');
      if (element !== canvas.getRootElement()) canvas.scrollToElement(element, 120);
      modeler.get<{ select(element: DiagramElement): void }>('selection').select(element);
      return true;
    },
    setSimulation(active: boolean) {
      modelerRef.current?.get<{ toggleMode(active?: boolean): void }>('toggleMode').toggleMode(active);
    },
    undo: () => modelerRef.current?.get<Service<{ undo(): void }>>('commandStack').undo(),
    redo: () => modelerRef.current?.get<Service<{ redo(): void }>>('commandStack').redo(),
    fit() {
      if (modelerRef.current) fitBesidePalette(modelerRef.current.get<FitCanvas>('canvas'));
    },
  }));

  function apply(template: ElementTemplate) {
    const modeler = modelerRef.current;
    if (!modeler || !chooser) return;
    const applied = modeler
      .get<{ applyTemplate(element: DiagramElement, template: ElementTemplate): DiagramElement }>('elementTemplates')
      .applyTemplate(chooser.element, template);
    // An unnamed task would show as an empty box: give it the template's name, which the admin can still change.
    const target = applied ?? chooser.element;
    if (!target.businessObject.name) {
      modeler.get<{ updateProperties(element: DiagramElement, properties: object): void }>('modeling').updateProperties(target, { name: template.name });
    }
    setChooser(null);
  }

  const needle = filter.trim().toLowerCase();
  const options = (chooser?.options ?? []).filter(
    (o) => !needle || `${o.name} ${o.description ?? ''} ${o.id}`.toLowerCase().includes(needle),
  );

  return (
    <div className="si-modeler">
      <div ref={canvasRef} className="si-modeler-canvas" data-testid="modeler-canvas" />
      <div ref={panelRef} className="si-modeler-properties" data-testid="modeler-properties" aria-label={t('definitions.modeler.properties')} />
      <Modal
        open={chooser !== null}
        title={t('definitions.templates.title', { name: chooser ? localizeName(chooser.element.businessObject.name ?? chooser.element.id, i18n.language) : '' })}
        onCancel={() => setChooser(null)}
        footer={null}
        width={560}
        destroyOnHidden
      >
        <Input.Search
          allowClear
          autoFocus
          placeholder={t('definitions.templates.search')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="template-search"
          aria-label={t('definitions.templates.search')}
        />
        <div className="si-template-list" role="listbox" aria-label={t('definitions.templates.list')}>
          {options.length === 0 && <Empty description={t('definitions.templates.none')} />}
          {options.map((option) => (
            <button
              type="button"
              role="option"
              aria-selected={false}
              key={option.id}
              className="si-template-option"
              data-testid={`template-option-${option.id}`}
              onClick={() => apply(option)}
            >
              <strong>{option.name}</strong>
              <span className="si-template-id">{option.id.replace(/^socialinsurance\./, '')}</span>
              {option.description && <span className="si-template-description">{option.description}</span>}
            </button>
          ))}
        </div>
      </Modal>
    </div>
  );
});

export default BpmnEditor;
