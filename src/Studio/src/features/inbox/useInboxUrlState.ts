import type { TaskScope } from '../../api/types';
import { useUrlQuery } from '../../shell/useUrlQuery';
import { dueWindow, isDuePreset } from './dueFilter';
import { useIdSafeSearch } from './useIdSafeSearch';

export const scopes: TaskScope[] = ['mine', 'followUp', 'available', 'done', 'overdue'];

/** Columns the server sorts by (InboxFilter.Sort); the default, due, never appears in the URL. */
export type SortColumn = 'name' | 'case' | 'applicant' | 'process' | 'region' | 'created' | 'due' | 'priority' | 'assignee' | 'ended' | 'followUp';

const everyTab: SortColumn[] = ['name', 'case', 'applicant', 'process', 'region', 'created', 'due', 'priority'];

/** The sortable columns a tab shows: the done list has 办结时间, follow-up its date, the others the assignee. */
export function sortsOf(scope: TaskScope): SortColumn[] {
  return [...everyTab, scope === 'done' ? 'ended' : scope === 'followUp' ? 'followUp' : 'assignee'];
}

/**
 * The inbox's state: tab, filters, sort and page in the URL (shareable, saved as named filters); a search for an ID
 * number only in memory, since it must not reach the URL (history, shared links, access logs).
 */
export function useInboxUrlState() {
  const { params, update, replace } = useUrlQuery();
  const { text, search } = useIdSafeSearch(params, update);

  const scope = scopes.find((s) => s === params.get('scope')) ?? 'mine';
  const due = params.get('due');
  const duePreset = isDuePreset(due) ? due : undefined;
  const dueFrom = params.get('dueFrom') ?? undefined;
  const dueTo = params.get('dueTo') ?? undefined;
  const sortParam = params.get('sort');
  const sort = sortsOf(scope).find((s) => s === sortParam && s !== 'due');

  /** A tab keeps the sort when it has that column. */
  const changeScope = (next: TaskScope) => {
    const keep = sort !== undefined && sortsOf(next).includes(sort);
    update({ scope: next, page: undefined, ...(keep ? {} : { sort: undefined, order: undefined }) });
  };

  const changeSort = (column: SortColumn | undefined, descending: boolean) =>
    update({ sort: column === 'due' ? undefined : column, order: column && descending ? 'desc' : undefined, page: undefined });

  /** The query a saved filter keeps: everything but the search text and the page. */
  const savedQuery = () => {
    const saved = new URLSearchParams(params);
    saved.delete('q');
    saved.delete('page');
    return saved.toString();
  };

  return {
    scope,
    processKey: params.get('process') ?? undefined,
    regionCode: params.get('region') ?? undefined,
    duePreset,
    dueFrom,
    dueTo,
    ...dueWindow(duePreset, new Date(), dueFrom, dueTo),
    sort,
    order: params.get('order') === 'desc' ? ('desc' as const) : undefined,
    text,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(params.get('size')) || 20)),
    search,
    changeScope,
    changeSort,
    update,
    savedQuery,
    openSaved: (query: string) => replace(new URLSearchParams(query)),
  };
}
