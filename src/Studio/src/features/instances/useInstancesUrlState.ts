import { useUrlQuery } from '../../shell/useUrlQuery';
import { useIdSafeSearch } from '../inbox/useIdSafeSearch';
import type { InstanceFilter, InstanceState } from './api';
import { stateFilters, type StateFilter } from './format';

export type InstancesTab = 'instances' | 'incidents';

/**
 * The instances page's state: tab, state and process filters, search and page in the URL (shareable, kept on reload,
 * changed through the shared hook so a quick tab click and Enter in the search box do not undo each other); a search
 * for an ID number only in memory, since it must not reach the URL (history, shared links, access logs).
 */
export function useInstancesUrlState() {
  const { params, update } = useUrlQuery();
  const { text, search } = useIdSafeSearch(params, update);

  const tab: InstancesTab = params.get('tab') === 'incidents' ? 'incidents' : 'instances';
  const stateFilter: StateFilter = stateFilters.find((s) => s === params.get('state')) ?? 'all';
  const processKey = params.get('process') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(params.get('size')) || 20));

  const filter: InstanceFilter = {
    state: stateFilter === 'all' || stateFilter === 'incidents' ? undefined : (stateFilter as InstanceState),
    incidents: stateFilter === 'incidents',
    processKey,
    text,
    page,
    pageSize,
  };

  return {
    tab,
    stateFilter,
    processKey,
    text,
    page,
    pageSize,
    filter,
    search,
    changeTab: (next: InstancesTab) => update({ tab: next === 'incidents' ? 'incidents' : undefined, page: undefined }),
    changeState: (next: StateFilter) => update({ state: next === 'all' ? undefined : next, page: undefined }),
    changeProcess: (next: string | undefined) => update({ process: next, page: undefined }),
    /** A new page size starts again from the first page. */
    changePage: (nextPage: number, nextSize: number) => update({ page: nextSize !== pageSize ? undefined : nextPage, size: nextSize }),
  };
}
