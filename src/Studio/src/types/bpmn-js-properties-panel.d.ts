declare module 'bpmn-js-properties-panel' {
  /** bpmn-js DI modules (the package ships no types). */
  export const BpmnPropertiesPanelModule: { [name: string]: unknown };
  export const BpmnPropertiesProviderModule: { [name: string]: unknown };
  export const CamundaPlatformPropertiesProviderModule: { [name: string]: unknown };
}
