/** Reads what the administrator typed as JSON (5000, true, "text", {"a": 1}); text that is not JSON is kept as a string. */
export function parseVariableValue(text: string): unknown {
  try {
    return JSON.parse(text.trim());
  } catch {
    return text;
  }
}

/**
 * The form's text for a current value: strings as they are (no quotes to trip over) unless they would read back as
 * something else ("5000", "true"), everything else as JSON.
 */
export function variableText(value: unknown): string {
  if (typeof value === 'string' && parseVariableValue(value) === value) return value;
  return JSON.stringify(value, null, 2);
}
