import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import DmnModeler from 'dmn-js/lib/Modeler';
import Alert from 'antd/es/alert';
import { useTranslation } from 'react-i18next';
import { translateModule } from './translate';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import './DecisionTableEditor.css';

export interface DecisionTableEditorHandle {
  saveXml(): Promise<string>;
}

interface Props {
  xml: string;
  /** The decision whose table opens (a file may hold several, and dmn-js would open the requirements diagram first). */
  decisionId: string;
  onChange?: () => void;
}

/**
 * dmn-js's decision table editor, loaded only on this screen (it is large). Its texts follow the Studio's language
 * through a translate module; the bpmn.io watermark stays visible, as its licence asks.
 */
const DecisionTableEditor = forwardRef<DecisionTableEditorHandle, Props>(function DecisionTableEditor({ xml, decisionId, onChange }, ref) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const modeler = useRef<DmnModeler | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  const [error, setError] = useState<string | null>(null);
  // What the editor shows: the parent's document, or the edited one redrawn in another language.
  const [shown, setShown] = useState({ xml, language: i18n.language });
  const first = useRef(true);

  useImperativeHandle(ref, () => ({
    async saveXml() {
      const { xml: saved } = await modeler.current!.saveXML({ format: true });
      return saved;
    },
  }));

  useEffect(() => {
    if (first.current) first.current = false;
    else setShown((current) => ({ xml, language: current.language }));
  }, [xml]);

  // dmn-js draws its texts once: a language switch redraws the editor with the edits made so far, without a reload.
  useEffect(() => {
    if (shown.language === i18n.language) return;
    const instance = modeler.current;
    if (!instance) return setShown((current) => ({ ...current, language: i18n.language }));
    void instance.saveXML({ format: true }).then(({ xml: edited }) => setShown({ xml: edited, language: i18n.language }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n.language]);

  useEffect(() => {
    // Per view: dmn-js drops `common.additionalModules` when it adds its own to each view's options.
    const translate = translateModule(shown.language);
    const instance = new DmnModeler({
      container: container.current,
      drd: { additionalModules: [translate] },
      decisionTable: { additionalModules: [translate] },
    });
    modeler.current = instance;
    instance.on('views.changed', () => {
      const viewer = instance.getActiveViewer();
      viewer?.get<{ on(event: string, cb: () => void): void }>('eventBus').on('elements.changed', () => changed.current?.());
    });
    let cancelled = false;
    instance
      .importXML(shown.xml)
      .then(() => {
        if (cancelled) return;
        const view = instance.getViews().find((v) => v.type === 'decisionTable' && v.element.id === decisionId);
        if (view) return instance.open(view);
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      instance.destroy();
      modeler.current = null;
    };
  }, [shown, decisionId]);

  return (
    <>
      {error && <Alert type="error" showIcon message={t('decisions.editor.importFailed')} description={error} style={{ marginBottom: 12 }} />}
      <div ref={container} className="si-decision-table-editor" data-testid="decision-table-editor" />
    </>
  );
});

export default DecisionTableEditor;
