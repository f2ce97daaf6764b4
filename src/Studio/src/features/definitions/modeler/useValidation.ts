import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import App from 'antd/es/app';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/ApiError';
import { definitionsApi, type Issue } from '../api';
import type { BpmnEditorHandle } from './BpmnEditor';
import type { ValidationState } from './ProblemsPanel';

/** Checking runs on the server; after an edit wait this long for the next one before asking. */
const autoValidateDelayMs = 1200;

/**
 * The diagram's problems as the server last reported them. Every edit makes the last answer stale and asks again
 * once the editing pauses; an answer to a question asked before the latest edit is dropped.
 */
export function useValidation(editor: RefObject<BpmnEditorHandle | null>) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [validation, setValidation] = useState<ValidationState>('unchecked');
  const changeSeq = useRef(0);
  const autoTimer = useRef<number | undefined>(undefined);

  const validate = useCallback(
    async (manual: boolean) => {
      if (!editor.current) return;
      const seq = changeSeq.current;
      setValidation('checking');
      try {
        const result = await definitionsApi.validate(await editor.current.saveXml());
        if (seq !== changeSeq.current) return; // edited meanwhile: the next check will answer
        setIssues(result.valid ? [] : result.issues);
        setValidation(result.valid ? 'valid' : 'invalid');
        if (manual) {
          if (result.valid) void message.success(t('definitions.modeler.validMessage'));
          else void message.warning(t('definitions.modeler.invalidMessage', { count: result.issues.length }));
        }
      } catch (e) {
        setValidation('failed');
        if (manual) void message.error(e instanceof ApiError ? e.title : t('error.network'));
      }
    },
    [editor, i18n.language, message, t],
  );

  /** An edit on the canvas: the last answer is stale, and the server is asked again once editing pauses. */
  const edited = useCallback(() => {
    changeSeq.current++;
    setValidation((v) => (v === 'unchecked' ? v : 'stale'));
    window.clearTimeout(autoTimer.current);
    autoTimer.current = window.setTimeout(() => void validate(false), autoValidateDelayMs);
  }, [validate]);
  useEffect(() => () => window.clearTimeout(autoTimer.current), []);

  /** Another document replaces the diagram: an answer still on its way is about the old one. */
  const replaced = useCallback(() => {
    changeSeq.current++;
  }, []);

  /** The server refused a deployment for these problems. */
  const rejected = useCallback((found: Issue[]) => {
    setIssues(found);
    setValidation('invalid');
  }, []);

  // The problems' messages come from the server in the language asked for: a language switch asks again.
  const checkedIn = useRef(i18n.language);
  useEffect(() => {
    if (checkedIn.current === i18n.language) return;
    checkedIn.current = i18n.language;
    if (validation === 'valid' || validation === 'invalid') void validate(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n.language]);

  return { issues, validation, validate, edited, replaced, rejected };
}
