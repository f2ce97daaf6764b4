declare module 'bpmn-js-element-templates' {
  /** Camunda Platform 7 element templates in the properties panel (the package ships no types). */
  export const ElementTemplatesPropertiesProviderModule: { [name: string]: unknown };
}
