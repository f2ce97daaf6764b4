import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import type { FormSchema } from '../api';

export interface FormEditorHandle {
  schema(): FormSchema;
}

interface Props {
  schema: FormSchema;
  onChanged: () => void;
  onImported: (error?: Error) => void;
}

/** form-js editor (palette, canvas, properties panel). Import only through React.lazy: form-js is large. */
const FormEditorCanvas = forwardRef<FormEditorHandle, Props>(function FormEditorCanvas({ schema, onChanged, onImported }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<FormEditor | null>(null);
  const callbacks = useRef({ onChanged, onImported });
  callbacks.current = { onChanged, onImported };

  useEffect(() => {
    if (!container.current) return;
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
    };
  }, [schema]);

  useImperativeHandle(ref, () => ({ schema: () => editor.current!.saveSchema() as FormSchema }));

  return <div ref={container} className="si-form-editor" data-testid="form-editor-canvas" />;
});

export default FormEditorCanvas;
