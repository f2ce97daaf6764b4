import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useSteadyClick } from './steadyClick';

function Submit({ onActivate }: { onActivate: () => void }) {
  const steady = useSteadyClick(onActivate);
  return (
    <div>
      <button type="button" data-testid="submit" {...steady}>
        提交
      </button>
      <div data-testid="elsewhere" />
    </div>
  );
}

const rect = { left: 10, right: 70, top: 100, bottom: 132, width: 60, height: 32, x: 10, y: 100, toJSON: () => ({}) } as DOMRect;
// jsdom has no PointerEvent: a MouseEvent of the pointer type carries the coordinates.
const pointer = (target: Element, type: 'pointerdown' | 'pointerup', clientX: number, clientY: number) =>
  fireEvent(target, new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, clientX, clientY }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('useSteadyClick', () => {
  it('AReleaseWhereTheButtonWas_Activates_WhenTheLayoutMovedAndNoClickCame', async () => {
    // Given: the button is pressed; the form shrinks and the release lands on another element
    const onActivate = vi.fn();
    render(<Submit onActivate={onActivate} />);
    const button = screen.getByTestId('submit');
    button.getBoundingClientRect = () => rect;

    // When
    pointer(button, 'pointerdown', 40, 110);
    pointer(screen.getByTestId('elsewhere'), 'pointerup', 40, 110);
    await tick();

    // Then
    expect(onActivate).toHaveBeenCalledTimes(1);
  });

  it('AnOrdinaryClick_ActivatesOnce', async () => {
    const onActivate = vi.fn();
    render(<Submit onActivate={onActivate} />);
    const button = screen.getByTestId('submit');
    button.getBoundingClientRect = () => rect;

    pointer(button, 'pointerdown', 40, 110);
    pointer(button, 'pointerup', 40, 110);
    fireEvent.click(button);
    await tick();

    expect(onActivate).toHaveBeenCalledTimes(1);
  });

  it('APressDraggedAway_Cancels', async () => {
    const onActivate = vi.fn();
    render(<Submit onActivate={onActivate} />);
    const button = screen.getByTestId('submit');
    button.getBoundingClientRect = () => rect;

    pointer(button, 'pointerdown', 40, 110);
    pointer(screen.getByTestId('elsewhere'), 'pointerup', 400, 500);
    await tick();

    expect(onActivate).not.toHaveBeenCalled();
  });
});
