import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { scopes, sortsOf, useInboxUrlState } from './useInboxUrlState';

const idNumber = '650102199003071235';

/** The hook on a router at `url`, with the router's own location beside it. */
function renderAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  const { result } = renderHook(() => ({ inbox: useInboxUrlState(), location: useLocation() }), { wrapper });
  return {
    inbox: () => result.current.inbox,
    query: () => new URLSearchParams(result.current.location.search),
  };
}

describe('useInboxUrlState', () => {
  it.each(scopes)('SearchByIdNumber_KeepsTheTabAndItsFilters_WithoutTheNumberInTheUrl (%s)', (scope) => {
    const page = renderAt(`/tasks?scope=${scope}&q=%E7%8E%8B%E8%8A%B3&process=newEnrollment&sort=applicant&order=desc&page=3`);

    act(() => page.inbox().search(` ${idNumber} `));

    expect(page.inbox().scope).toBe(scope);
    expect(page.inbox().text).toBe(idNumber);
    expect(Object.fromEntries(page.query())).toEqual({ scope, process: 'newEnrollment', sort: 'applicant', order: 'desc' });
  });

  it.each(scopes)('TabThenIdNumberSearch_BeforeTheRouterRenders_KeepsTheTab (%s)', (scope) => {
    // A click on the tab and Enter in the search box, both handled before the router commits the first change.
    const page = renderAt('/tasks');

    act(() => {
      page.inbox().changeScope(scope);
      page.inbox().search(idNumber);
    });

    expect(page.inbox().scope).toBe(scope);
    expect(page.query().get('scope')).toBe(scope);
    expect(page.inbox().text).toBe(idNumber);
    expect(page.query().toString()).not.toMatch(/\d{15}/);
  });

  it.each(scopes)('SearchByName_GoesToTheUrl_AndAnIdNumberSearchThenReplacesIt (%s)', (scope) => {
    const page = renderAt(`/tasks?scope=${scope}`);

    act(() => page.inbox().search('王芳'));
    const byName = page.query().get('q');
    act(() => page.inbox().search(idNumber));

    expect(byName).toBe('王芳');
    expect(page.query().get('q')).toBeNull();
    expect(page.query().get('scope')).toBe(scope);
    expect(page.inbox().text).toBe(idNumber);
  });

  it('NameSearchAfterAnIdNumber_ForgetsTheIdNumber', () => {
    const page = renderAt('/tasks?scope=available');

    act(() => page.inbox().search(idNumber));
    act(() => page.inbox().search('张伟'));

    expect(page.inbox().text).toBe('张伟');
    expect(page.query().get('q')).toBe('张伟');
  });

  it('ChangeScope_KeepsASortTheTabHas_AndDropsOneItHasNot', () => {
    const page = renderAt('/tasks?scope=done&sort=case&order=desc');

    act(() => page.inbox().changeScope('available'));
    const kept = Object.fromEntries(page.query());
    act(() => page.inbox().changeScope('done'));
    act(() => page.inbox().changeSort('ended', true));
    act(() => page.inbox().changeScope('mine'));

    expect(kept).toEqual({ scope: 'available', sort: 'case', order: 'desc' });
    expect(Object.fromEntries(page.query())).toEqual({ scope: 'mine' });
  });

  it('ChangeSort_KeepsTheSortInTheUrl_AndLeavesTheDefaultOut', () => {
    const page = renderAt('/tasks?scope=available&page=2');

    act(() => page.inbox().changeSort('applicant', false));
    const byApplicant = page.query().toString();
    act(() => page.inbox().changeSort('due', true));

    expect(byApplicant).toBe('scope=available&sort=applicant');
    expect(page.query().toString()).toBe('scope=available&order=desc');
    expect(page.inbox().sort).toBeUndefined();
    expect(page.inbox().order).toBe('desc');
  });

  it('SavedQuery_LeavesOutTheSearchAndThePage', () => {
    const page = renderAt('/tasks?scope=available&q=%E7%8E%8B&page=2&sort=region');

    expect(page.inbox().savedQuery()).toBe('scope=available&sort=region');
  });

  it('SortsOf_EveryTab_OffersCaseNumberApplicantAndRegion', () => {
    for (const scope of scopes) expect(sortsOf(scope)).toEqual(expect.arrayContaining(['case', 'applicant', 'region', 'priority']));
    expect(sortsOf('done')).toContain('ended');
    expect(sortsOf('followUp')).toContain('followUp');
  });
});
