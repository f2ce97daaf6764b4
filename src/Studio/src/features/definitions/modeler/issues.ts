/** Every code the engine's parser and validator report (src/Workflows/Parsing, src/Workflows/Validation). */
export const issueCodes = [
  'boundary-incoming', 'boundary-outgoing', 'crosses-scope', 'dtd-prohibited', 'duplicate-id', 'empty-document',
  'end-event-outgoing', 'event-gateway-condition', 'event-gateway-outgoing', 'event-gateway-target', 'internal-error',
  'invalid-attachment', 'invalid-buffer-ttl', 'invalid-condition', 'invalid-default-flow', 'invalid-due-date',
  'invalid-io-parameter', 'invalid-retry-cycle', 'invalid-script', 'invalid-timer', 'malformed-xml', 'missing-condition',
  'missing-id', 'missing-incoming', 'missing-message-name', 'missing-outgoing', 'missing-script', 'missing-topic',
  'no-executable-process', 'not-bpmn', 'service-task-not-external', 'start-event-count', 'start-event-incoming',
  'subprocess-message-start', 'subprocess-start-count', 'too-large', 'too-many-elements', 'unexpected-condition',
  'unknown-message', 'unknown-source', 'unknown-target', 'unknown-topic', 'unsupported-condition-language',
  'unsupported-element', 'unsupported-event-definition', 'unsupported-extension', 'unsupported-script-format',
  'error-boundary-not-interrupting', 'link-incoming', 'link-outgoing', 'link-source', 'link-target', 'missing-error-code',
  'missing-escalation-code', 'missing-link-name', 'unknown-error', 'unknown-escalation', 'unknown-signal',
  'event-subprocess-start-count', 'event-subprocess-none-start', 'event-subprocess-flows', 'non-interrupting-error-start',
  'unsupported-start-event', 'subprocess-triggered-start', 'invalid-variable-events', 'ambiguous-form',
  'called-version-without-binding', 'decision-ref-expression', 'decision-version-without-binding',
  'element-variable-without-collection', 'invalid-called-version', 'invalid-decision-version', 'invalid-expression',
  'invalid-follow-up-date', 'invalid-performer', 'invalid-priority', 'invalid-variable-mapping', 'missing-called-element',
  'missing-called-version', 'missing-decision-ref', 'missing-decision-version', 'missing-form-ref',
  'multi-instance-count-twice', 'multi-instance-without-count', 'unknown-result-mapping', 'unservable-form',
  'unsupported-binding', 'unsupported-listener',
] as const;

const known = new Set<string>(issueCodes);

/** The translation key of a code's short title; unknown codes (a newer server) fall back to the server's message. */
export function issueTitleKey(code: string): string | null {
  return known.has(code) ? `definitions.issueCode.${code}` : null;
}

/** The engine's element type ("userTask", "sequenceFlow") as bpmn-js's English name ("User task"), which the modeler's translate knows. */
export function elementTypeName(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
