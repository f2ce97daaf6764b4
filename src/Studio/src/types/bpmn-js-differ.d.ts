declare module 'bpmn-js-differ' {
  /** Compares two bpmn-moddle definitions; see features/definitions/diff/classifyChanges.ts for the result shape. */
  export function diff(oldDefinitions: unknown, newDefinitions: unknown): unknown;
}
