import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useInstancesUrlState } from './useInstancesUrlState';

const idNumber = '650102199003071235';

/** The hook on a router at `url`, with the router's own location beside it. */
function renderAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  const { result } = renderHook(() => ({ page: useInstancesUrlState(), location: useLocation() }), { wrapper });
  return {
    state: () => result.current.page,
    query: () => new URLSearchParams(result.current.location.search),
  };
}

describe('useInstancesUrlState', () => {
  it('StateFilterThenSearch_BeforeTheRouterRenders_KeepsBoth', () => {
    // Given: a click on a state filter and Enter in the search box, both handled before the router commits the first
    const page = renderAt('/instances?page=3');

    // When
    act(() => {
      page.state().changeState('incidents');
      page.state().search('张伟');
    });

    // Then
    expect(Object.fromEntries(page.query())).toEqual({ state: 'incidents', q: '张伟' });
    expect(page.state().filter).toMatchObject({ incidents: true, state: undefined, text: '张伟', page: 1 });
  });

  it('ProcessThenIdNumberSearch_BeforeTheRouterRenders_KeepsTheProcess_WithoutTheNumberInTheUrl', () => {
    // Given
    const page = renderAt('/instances?q=%E7%8E%8B%E8%8A%B3');

    // When
    act(() => {
      page.state().changeProcess('newEnrollment');
      page.state().search(` ${idNumber} `);
    });

    // Then
    expect(Object.fromEntries(page.query())).toEqual({ process: 'newEnrollment' });
    expect(page.state().text).toBe(idNumber);
    expect(page.query().toString()).not.toMatch(/\d{15}/);
  });

  it('TabThenStateFilter_BeforeTheRouterRenders_KeepsBoth', () => {
    // Given
    const page = renderAt('/instances?state=Active');

    // When
    act(() => {
      page.state().changeTab('incidents');
      page.state().changeState('Completed');
    });

    // Then
    expect(page.state().tab).toBe('incidents');
    expect(Object.fromEntries(page.query())).toEqual({ tab: 'incidents', state: 'Completed' });
  });

  it('NameSearchAfterAnIdNumber_ForgetsTheIdNumber', () => {
    // Given
    const page = renderAt('/instances');

    // When
    act(() => page.state().search(idNumber));
    act(() => page.state().search('张伟'));

    // Then
    expect(page.state().text).toBe('张伟');
    expect(page.query().get('q')).toBe('张伟');
  });

  it('FiltersFromTheUrl_AreReadBack_AndNonsenseFallsBackToTheDefaults', () => {
    // Given // When
    const shared = renderAt('/instances?state=Cancelled&process=resumption&page=2&size=50');
    const nonsense = renderAt('/instances?state=Exploded&page=-4&size=5000&tab=other');

    // Then
    expect(shared.state().filter).toEqual({ state: 'Cancelled', incidents: false, processKey: 'resumption', text: undefined, page: 2, pageSize: 50 });
    expect(nonsense.state()).toMatchObject({ tab: 'instances', stateFilter: 'all', page: 1, pageSize: 100 });
  });

  it('ChangePage_KeepsThePage_UnlessThePageSizeChanges', () => {
    // Given
    const page = renderAt('/instances?state=Active');

    // When
    act(() => page.state().changePage(4, 20));
    const fourth = Object.fromEntries(page.query());
    act(() => page.state().changePage(4, 50));

    // Then
    expect(fourth).toEqual({ state: 'Active', page: '4', size: '20' });
    expect(Object.fromEntries(page.query())).toEqual({ state: 'Active', size: '50' });
  });
});
