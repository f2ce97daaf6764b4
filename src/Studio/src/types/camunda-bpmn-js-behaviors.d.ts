declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  /** Keeps camunda: extension elements consistent while modeling (a DI module; no types shipped). */
  const CamundaPlatformBehaviors: { [name: string]: unknown };
  export default CamundaPlatformBehaviors;
}
