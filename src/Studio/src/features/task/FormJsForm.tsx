import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Form } from '@bpmn-io/form-js-viewer';
import Alert from 'antd/es/alert';
import Skeleton from 'antd/es/skeleton';
import { useTranslation } from 'react-i18next';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import type { FormSchema } from './caseApi';
import { isEmptyValue, localizeSchema, splitRequiredExpressions, translateValidation, type FormField } from './formErrors';
import './FormJsForm.css';

/** What the decision panel drives: the form-js instance stays inside this lazily loaded module. */
export interface FormJsHandle {
  /** Validates every field (errors appear beside them) and returns the data of the visible fields. */
  submit(): { data: Record<string, unknown>; errors: Record<string, string[]> };
  /** Server errors by field id, shown where form-js shows its own. */
  setErrors(byId: Record<string, string[]>): void;
  /** The keyed fields as the form registered them (ids generated when the schema has none). */
  fields(): FormField[];
}

interface Props {
  schema: FormSchema;
  data: Record<string, unknown>;
  disabled?: boolean;
  ref?: Ref<FormJsHandle>;
}

type Registry = { getAll(): { id: string; key?: string }[] };
type FieldInstance = { id: string };
type Validator = { validateFieldInstance(instance: FieldInstance, value: unknown): string[] };
type ExpressionLanguage = { evaluate(expression: string, data: Record<string, unknown>): unknown };
type FieldRegistry = { get(id: string): { key?: string } | undefined };
type FormState = { data: Record<string, unknown> };

/**
 * A task form rendered by form-js, in the user's language. Keep it behind `React.lazy`: form-js and its FEEL
 * interpreter are only needed on the task screen.
 */
export default function FormJsForm({ schema, data, disabled = false, ref }: Props) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<Form | null>(null);
  const translate = useRef(t);
  translate.current = t;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [failure, setFailure] = useState<string>();
  // What the reviewer typed survives a language switch (the schema is imported again with translated labels).
  const typed = useRef<Record<string, unknown> | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const { schema: prepared, requiredWhen } = splitRequiredExpressions(localizeSchema(schema, i18n.language));
    // Two fixes around form-js's validator: it writes its messages in English (translated where they are produced,
    // so messages from a change and from a submit read the same), and it does not evaluate `required` expressions
    // (evaluated here against the current data; see splitRequiredExpressions).
    const validation = {
      __init__: ['siValidation'],
      siValidation: [
        'type',
        class {
          static $inject = ['validator', 'formFieldRegistry', 'expressionLanguage', 'form'];
          constructor(validator: Validator, registry: FieldRegistry, feel: ExpressionLanguage, owner: Form) {
            const validate = validator.validateFieldInstance.bind(validator);
            validator.validateFieldInstance = (instance, value) => {
              const errors = validate(instance, value);
              const expression = requiredWhen.get(registry.get(instance.id)?.key ?? '');
              if (expression && isEmptyValue(value) && feel.evaluate(expression, (owner._getState() as FormState).data) === true) {
                errors.unshift('Field is required.');
              }
              return errors.map((m) => translateValidation(m, translate.current));
            };
          }
        },
      ],
    };
    const instance = new Form({ container: container.current, additionalModules: [validation] });
    let disposed = false;
    form.current = instance;
    setState('loading');
    instance
      .importSchema(prepared, typed.current ?? data)
      .then(() => {
        if (disposed) return;
        instance.setProperty('disabled', disabled);
        setState('ready');
      })
      .catch((e: Error) => {
        if (disposed) return;
        setFailure(e.message);
        setState('failed');
      });
    return () => {
      disposed = true;
      typed.current = (instance._getState() as FormState | undefined)?.data ?? typed.current;
      instance.destroy();
      form.current = null;
    };
    // `disabled` is applied below without rebuilding the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schema, data, i18n.language]);

  useEffect(() => {
    if (state === 'ready') form.current?.setProperty('disabled', disabled);
  }, [disabled, state]);

  useImperativeHandle(
    ref,
    () => ({
      submit() {
        if (!form.current) return { data: {}, errors: { form: [t('taskCase.form.notReady')] } };
        const { data: values, errors } = form.current.submit();
        return { data: values, errors };
      },
      setErrors(byId) {
        form.current?._setState({ errors: byId });
      },
      fields() {
        return form.current ? form.current.get<Registry>('formFieldRegistry').getAll().map(({ id, key }) => ({ id, key })) : [];
      },
    }),
    [t],
  );

  return (
    <div className="si-form-js" data-testid="task-form-js">
      {state === 'loading' && <Skeleton active paragraph={{ rows: 4 }} />}
      {state === 'failed' && <Alert type="error" showIcon title={t('taskCase.form.loadFailed')} description={failure} />}
      <div ref={container} aria-busy={state === 'loading'} />
    </div>
  );
}
