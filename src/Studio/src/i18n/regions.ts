import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api';
import type { ReferenceItem } from '../api/types';
import { pick } from './language';

/**
 * A 参保统筹区 by its name in the reader's language (6501 → 乌鲁木齐市 / Urumqi); a code the catalogue does not
 * know stays as it is, so nothing is hidden while the list loads.
 */
export function regionLabel(code: string, regions: readonly ReferenceItem[] | undefined, language: string): string {
  const region = regions?.find((r) => r.code === code);
  return region ? pick(language, region.nameZh, region.nameEn) : code;
}

/**
 * A candidate group as people call it: reviewers-6501 → 乌鲁木齐市审核人员, reviewers-65 → the province's reviewers;
 * any other group (supervisors, a modeller's own) by its name.
 */
export function groupLabel(t: TFunction, group: string, regionName: (code: string) => string): string {
  const code = /^reviewers-(\d+)$/.exec(group)?.[1];
  if (!code) return t(`group.${group}`, { defaultValue: group });
  return code === '65' ? t('reports.group.province') : t('reports.group.region', { region: regionName(code) });
}

/** The region catalogue (loaded once per session: it changes with a release) as a code → name function. */
export function useRegionName(): (code: string) => string {
  const { i18n } = useTranslation();
  const regions = useQuery({ queryKey: ['ref', 'regions'], queryFn: api.regions, staleTime: Infinity });
  return useCallback((code: string) => regionLabel(code, regions.data, i18n.language), [regions.data, i18n.language]);
}
