import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Parameter changes: undefined or '' removes a parameter. */
export type QueryChanges = Record<string, string | number | undefined>;

export function withChanges(query: string | URLSearchParams, changes: QueryChanges): URLSearchParams {
  const next = new URLSearchParams(query);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
  }
  return next;
}

/**
 * A page's filters, tab, sort and paging in the address bar's query (shareable, kept on reload), changed in place
 * (the back button leaves the page rather than stepping through filters).
 *
 * Each change applies to the newest query the page asked for, not to the query of its last render: the router
 * commits a navigation inside a React transition, so two changes before it commits (a tab click, then Enter in the
 * search box on a busy machine) would each start from the same old query and the second would undo the first.
 */
export function useUrlQuery() {
  const location = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const committed = useRef(params.toString());
  // Queries asked for and not yet rendered, oldest first.
  const pending = useRef<string[]>([]);

  useLayoutEffect(() => {
    const query = params.toString();
    committed.current = query;
    const index = pending.current.indexOf(query);
    // One of ours arrived (those before it are behind it); anything else (a link, the back button) is newer than all of them.
    pending.current = index >= 0 ? pending.current.slice(index + 1) : [];
  }, [params]);

  const replace = useCallback(
    (next: URLSearchParams) => {
      const query = next.toString();
      pending.current = [...pending.current, query];
      navigate(`?${query}`, { replace: true });
    },
    [navigate],
  );

  const update = useCallback(
    (changes: QueryChanges) => replace(withChanges(pending.current.at(-1) ?? committed.current, changes)),
    [replace],
  );

  return { params, update, replace };
}
