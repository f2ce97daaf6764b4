import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import App from 'antd/es/app';

/**
 * Keeps unsaved diagram changes from being lost. The app uses <BrowserRouter>, where react-router's useBlocker is not
 * available, so in-app links are intercepted in the capture phase (menu, breadcrumbs) and the tab's close/reload gets
 * the browser's own prompt. `confirmLeave` wraps the page's own navigations.
 */
export interface LeaveTexts {
  title: string;
  text: string;
  ok: string;
  cancel: string;
}

export function useLeaveGuard(dirty: boolean, texts: LeaveTexts) {
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const state = useRef({ dirty, texts, modal });
  state.current = { dirty, texts, modal };

  const confirmLeave = useCallback((leave: () => void) => {
    if (!state.current.dirty) {
      leave();
      return;
    }
    state.current.modal.confirm({
      title: state.current.texts.title,
      content: state.current.texts.text,
      okText: state.current.texts.ok,
      cancelText: state.current.texts.cancel,
      okType: 'danger',
      okButtonProps: { 'data-testid': 'leave-confirm' },
      onOk: leave,
    });
  }, []);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!state.current.dirty) return;
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (!state.current.dirty || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!anchor || anchor.target === '_blank' || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      event.preventDefault();
      event.stopPropagation();
      confirmLeave(() => {
        state.current.dirty = false;
        navigate(url.pathname + url.search + url.hash);
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [confirmLeave, navigate]);

  return { confirmLeave };
}
