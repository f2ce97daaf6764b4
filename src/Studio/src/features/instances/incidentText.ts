import type { TFunction } from 'i18next';
import { localizeName } from '../../api/ApiError';
import { codeText } from '../errors/problemText';
import type { DefinitionSummary, IncidentItem } from './api';
import { processLabel } from './format';

/** An incident as a person reads it: a sentence in their language, and the failing code's own words apart. */
export interface IncidentText {
  sentence: string;
  /** A script's or job's own error text (author data): shown after the sentence as it was written, never translated. */
  detail?: string;
  /** The called instance a mirrored incident comes from: where its own incident is shown and retried. */
  calledInstanceId?: string;
}

/**
 * The sentence comes from the incident's code and arguments (the catalog's texts in features/errors/i18n); a
 * process argument is named as the process lists name it, an element by its name in the reader's language. Incidents
 * stored before codes existed, and codes this Studio does not know yet, show the engine's message instead.
 */
export function incidentText(
  t: TFunction,
  language: string,
  incident: Pick<IncidentItem, 'code' | 'args' | 'message'>,
  definitions?: readonly DefinitionSummary[],
): IncidentText {
  const { code, args } = incident;
  if (!code) return { sentence: incident.message };
  const all: Record<string, string> = args ?? {};
  const { detail, elementName, instanceId, ...shown } = all;
  if (shown.process) shown.process = processLabel(shown.process, definitions, t, language);
  if (elementName) shown.element = localizeName(elementName, language);
  const sentence = codeText(t, language, { code, args: shown }, incident.message);
  // An unknown code falls back to the message, which already carries the detail.
  const known = sentence !== incident.message;
  return {
    sentence,
    detail: known && detail ? detail : undefined,
    calledInstanceId: code === 'incident.calledInstanceFailed' ? instanceId : undefined,
  };
}
