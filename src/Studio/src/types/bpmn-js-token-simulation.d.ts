declare module 'bpmn-js-token-simulation/lib/modeler' {
  /** Token simulation for bpmn-js Modeler (a DI module; the package ships no types). */
  const TokenSimulationModule: { [name: string]: unknown };
  export default TokenSimulationModule;
}
