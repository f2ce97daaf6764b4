interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FitCanvas {
  zoom(level: 'fit-viewport', center?: 'auto'): number;
  viewbox(box?: Box): Box & { scale: number; inner: Box; outer: Box };
  getContainer(): HTMLElement;
}

/** Screen pixels kept free around the diagram. */
const margin = 24;

/**
 * Fits the diagram into the part of the canvas right of the palette. bpmn-js draws the palette over the canvas's left
 * edge, so 'fit-viewport' alone put an imported diagram's first elements (the start event) under it. Not larger than
 * 100 %; centred vertically.
 */
export function fitBesidePalette(canvas: FitCanvas) {
  const container = canvas.getContainer();
  const palette = container.querySelector('.djs-palette');
  const { inner, outer } = canvas.viewbox();
  const left = palette ? palette.getBoundingClientRect().right - container.getBoundingClientRect().left + margin : margin;
  const width = outer.width - left - margin;
  const height = outer.height - 2 * margin;
  if (width <= 0 || height <= 0 || inner.width <= 0 || inner.height <= 0) {
    canvas.zoom('fit-viewport', 'auto');
    return;
  }
  const scale = Math.min(1, width / inner.width, height / inner.height);
  canvas.viewbox({
    x: inner.x - left / scale,
    y: inner.y - (outer.height / scale - inner.height) / 2,
    width: outer.width / scale,
    height: outer.height / scale,
  });
}
