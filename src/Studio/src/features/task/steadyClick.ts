import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';

/**
 * Button props that activate once per press even when the layout moves under the pointer. Pressing 提交 blurs
 * form-js's textarea, which commits the text and clears the error messages shown by the previous submit; the form
 * shrinks, the button moves up, and the release lands on whatever is now under the pointer — the browser then sends
 * no click and the submit is lost. So a press that is released where the button was when it was pressed counts as
 * its click; a press dragged away still cancels, and a keyboard activation is an ordinary click.
 */
export function useSteadyClick(onActivate: () => void) {
  const press = useRef<DOMRect | null>(null);
  const activate = useRef(onActivate);
  activate.current = onActivate;

  useEffect(() => {
    function released(e: PointerEvent) {
      const rect = press.current;
      if (!rect) return;
      const inside = e.clientX >= rect.left && e.clientX <= rect.right && e.clientY >= rect.top && e.clientY <= rect.bottom;
      // The click, when the browser sends one, comes after this event in the same gesture and clears the press.
      setTimeout(() => {
        if (press.current === rect) {
          press.current = null;
          if (inside) activate.current();
        }
      }, 0);
    }
    document.addEventListener('pointerup', released, true);
    return () => document.removeEventListener('pointerup', released, true);
  }, []);

  return {
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => {
      press.current = e.button === 0 ? e.currentTarget.getBoundingClientRect() : null;
    },
    onClick: () => {
      press.current = null;
      activate.current();
    },
  };
}
