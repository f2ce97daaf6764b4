/** A problem the server found, as the diagram marks it: the element it is about ('' for the document) and its text. */
export interface ElementProblem {
  elementId: string;
  message: string;
}

export interface ProblemMarkers {
  /** Replaces the marks: a red outline on each element with problems and a badge with their number (their texts as its tooltip). */
  show(problems: readonly ElementProblem[]): void;
}

interface DiagramElement {
  type: string;
}
interface Canvas {
  addMarker(element: DiagramElement, marker: string): void;
  removeMarker(element: DiagramElement, marker: string): void;
  getRootElement(): DiagramElement;
}
interface Overlays {
  add(id: string, type: string, overlay: { position: object; html: HTMLElement }): string;
  remove(filter: { type: string }): void;
}
interface ElementRegistry {
  get(id: string): DiagramElement | undefined;
  getAll(): DiagramElement[];
}
interface EventBus {
  on(event: string, callback: () => void): void;
}

const marker = 'si-problem';
const overlayType = 'si-problems';

export function byElement<T extends ElementProblem>(problems: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const problem of problems) {
    if (!problem.elementId) continue;
    const list = map.get(problem.elementId) ?? [];
    list.push(problem);
    map.set(problem.elementId, list);
  }
  return map;
}

function problemMarkers(canvas: Canvas, overlays: Overlays, elementRegistry: ElementRegistry, eventBus: EventBus): ProblemMarkers {
  let shown: readonly ElementProblem[] = [];
  function show(problems: readonly ElementProblem[]) {
    shown = problems;
    const root = canvas.getRootElement();
    elementRegistry.getAll().forEach((element) => canvas.removeMarker(element, marker));
    overlays.remove({ type: overlayType });
    for (const [id, list] of byElement(problems)) {
      const element = elementRegistry.get(id);
      if (!element || element === root || element.type === 'label') continue;
      canvas.addMarker(element, marker);
      const badge = document.createElement('span');
      badge.className = 'si-problem-badge';
      badge.dataset.testid = `problem-badge-${id}`;
      badge.textContent = String(list.length);
      badge.title = list.map((problem) => problem.message).join('\n');
      overlays.add(id, overlayType, { position: { top: -10, right: 8 }, html: badge });
    }
  }
  // A new document drops the old marks with its elements: draw the last problems again until the next check answers.
  eventBus.on('import.done', () => show(shown));
  return { show };
}
problemMarkers.$inject = ['canvas', 'overlays', 'elementRegistry', 'eventBus'];

/** bpmn-js DI module: `modeler.get<ProblemMarkers>('problemMarkers').show(issues)`. */
export default {
  __init__: ['problemMarkers'],
  problemMarkers: ['factory', problemMarkers],
};
