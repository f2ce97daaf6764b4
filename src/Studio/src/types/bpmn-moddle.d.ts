declare module 'bpmn-moddle' {
  /** bpmn-moddle's types are not reachable through its package exports; the diff test needs only fromXML. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: unknown[] }>;
  }
}
