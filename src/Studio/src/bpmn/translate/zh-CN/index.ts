import { camunda, listenerLabels } from './camunda';
import { diagram } from './diagram';
import { problems } from './problems';
import { propertiesPanel } from './propertiesPanel';

/**
 * Chinese for the modeler's texts, one part per source of them: bpmn-js's diagram, the properties panel's frame, its
 * Camunda 7 entries, and the Studio's problems list. Keys are the English templates; a text missing here stays
 * English rather than breaking. No key is in two parts (the translation test holds that), so the order is free.
 */
export const zhCNParts = { diagram, propertiesPanel, camunda, problems };

export const zhCN: Record<string, string> = { ...diagram, ...propertiesPanel, ...camunda, ...problems };

export { listenerLabels };
