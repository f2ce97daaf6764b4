import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { localizeName } from '../../api/ApiError';
import { isChinese } from '../../i18n/language';
import type { DefinitionSummary, ElementRef } from './api';

export const formatTime = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—');

/** A process by its shared translation (`process.<key>`), else the definition's own bilingual name, else its key. */
export function processLabel(key: string, definitions: readonly DefinitionSummary[] | undefined, t: TFunction, language: string): string {
  const name = definitions?.find((d) => d.key === key)?.name;
  return t(`process.${key}`, { defaultValue: name ? localizeName(name, language) : key });
}

/** An element by its name in the reader's language; by its id only when the diagram leaves it unnamed. */
export function elementLabel(element: ElementRef, language: string): string {
  return element.name ? localizeName(element.name, language) : element.id;
}

/** A journal entry's element: the server sends its name in each language. */
export function journalElement(item: { elementId: string; nameZh?: string | null; nameEn?: string | null }, language: string): string {
  return (isChinese(language) ? item.nameZh : item.nameEn) || item.nameZh || item.elementId;
}

/** The engine's user names for itself: what a person reads instead. */
export function actorLabel(t: TFunction, actor: string | null | undefined): string {
  if (!actor) return '—';
  return actor === 'system' ? t('caseView.journalSystem') : actor;
}

/** Instance states the list filters on; `incidents` is Active with open incidents (the engine keeps them Active). */
export const stateFilters = ['all', 'incidents', 'Active', 'Completed', 'Cancelled', 'Terminated'] as const;
export type StateFilter = (typeof stateFilters)[number];

export const stateColors: Record<string, string> = {
  Active: 'processing',
  Completed: 'success',
  Cancelled: 'default',
  Terminated: 'warning',
};

/** BookmarkKind in the engine; names come from i18n `instances.bookmarkKind.<kind>`. */
export const bookmarkKinds = ['UserTask', 'Message', 'Timer', 'Job', 'Signal', 'SignalThrow', 'Conditional'] as const;
