import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import { useTranslation } from 'react-i18next';
import type { FormSchema } from '../api';
import { translateFormEditor } from './translate';
import type { DomTranslator } from '../../../i18n/domTranslator';

export interface FormEditorHandle {
  schema(): FormSchema;
}

interface Props {
  schema: FormSchema;
  onChanged: () => void;
  onImported: (error?: Error) => void;
}

/**
 * form-js editor (palette, canvas, properties panel) in the Studio's language. Import only through React.lazy: form-js
 * is large.
 */
const FormEditorCanvas = forwardRef<FormEditorHandle, Props>(function FormEditorCanvas({ schema, onChanged, onImported }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<FormEditor | null>(null);
  const callbacks = useRef({ onChanged, onImported });
  callbacks.current = { onChanged, onImported };
  const { i18n } = useTranslation();
  const language = useRef(i18n.language);
  language.current = i18n.language;
  const translator = useRef<DomTranslator | null>(null);

  useEffect(() => {
    if (!container.current) return;
    // Before form-js draws, so its English never shows.
    const words = translateFormEditor(container.current, () => language.current);
    translator.current = words;
    const instance = new FormEditor({ container: container.current });
    editor.current = instance;
    let disposed = false;
    instance
      .importSchema(schema)
      .then(() => {
        if (disposed) return;
        callbacks.current.onImported();
        // Only edits after the import count as changes.
        instance.on('changed', () => callbacks.current.onChanged());
      })
      .catch((e: Error) => !disposed && callbacks.current.onImported(e));
    return () => {
      disposed = true;
      editor.current = null;
      instance.destroy();
      words.disconnect();
      translator.current = null;
    };
  }, [schema]);

  // The user menu's language switch rewrites the editor's texts in place: the form and its edits stay.
  useEffect(() => translator.current?.refresh(), [i18n.language]);

  useImperativeHandle(ref, () => ({ schema: () => editor.current!.saveSchema() as FormSchema }));

  return <div ref={container} className="si-form-editor" data-testid="form-editor-canvas" />;
});

export default FormEditorCanvas;
