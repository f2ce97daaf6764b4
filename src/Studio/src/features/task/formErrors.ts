
import type { FormComponent, FormSchema } from './caseApi';
import { isChinese } from '../../i18n/language';

/** A form-js field as its registry knows it: errors are keyed by id, the submitted data by key. */
export interface FormField {
  id: string;
  key?: string;
}

export interface MappedErrors {
  /** Field id → messages, ready for form-js's `errors` state. */
  byId: Record<string, string[]>;
  /** Messages whose key matches no field of the form: shown in an alert above the submit button. */
  unmatched: string[];
}

/**
 * Places a 400 problem's field messages (keys = form component keys, already in the user's language) on the form-js fields.
 * Keys match exactly first, then ignoring case (ASP.NET may send "Comment"); a key no field has goes to `unmatched`.
 */
export function mapServerErrors(errors: Record<string, string[]>, fields: readonly FormField[]): MappedErrors {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const field of fields) {
    if (!field.key) continue;
    if (!exact.has(field.key)) exact.set(field.key, field.id);
    if (!loose.has(field.key.toLowerCase())) loose.set(field.key.toLowerCase(), field.id);
  }

  const byId: Record<string, string[]> = {};
  const unmatched: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    const texts = messages.filter(Boolean);
    const id = exact.get(key) ?? loose.get(key.toLowerCase());
    if (id) byId[id] = [...(byId[id] ?? []), ...texts];
    else unmatched.push(...texts);
  }
  return { byId, unmatched };
}

/** Every keyed field of a schema, groups included (for schemas whose components carry ids). */
export function fieldsOf(schema: FormSchema): FormField[] {
  const walk = (components: readonly FormComponent[] = []): FormField[] =>
    components.flatMap((c) => [...(c.id ? [{ id: c.id, key: c.key }] : []), ...walk(c.components)]);
  return walk(schema.components);
}

/** Values of the instance's variables for the form's keys only: a form must not carry unrelated case data. */
export function initialData(schema: FormSchema, variables: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const { key } of fieldsOf(schema)) {
    if (key && variables[key] !== undefined && variables[key] !== null) data[key] = variables[key];
  }
  return data;
}

const cjk = /[\u3400-\u9fff]/;

/**
 * Our forms write labels "中文 English" (e.g. "审核结论 Decision", "第二代身份证复印件 2nd-generation ID card copy"):
 * keeps the half for the language. The split is at the last space after the last Chinese character.
 */
export function localizeLabel(text: string, language: string): string {
  const match = /^(.*[\u3400-\u9fff][^\s]*)\s+([^\u3400-\u9fff]+)$/.exec(text.trim());
  if (!match || !cjk.test(match[1])) return text;
  return isChinese(language) ? match[1].trim() : match[2].trim();
}

/** The schema with labels, descriptions and option labels in one language. */
export function localizeSchema(schema: FormSchema, language: string): FormSchema {
  const text = (value: unknown) => (typeof value === 'string' ? localizeLabel(value, language) : value);
  const component = (c: FormComponent): FormComponent => ({
    ...c,
    ...(c.label !== undefined ? { label: text(c.label) as string } : {}),
    ...(c.description !== undefined ? { description: text(c.description) as string } : {}),
    ...(Array.isArray(c.values) ? { values: c.values.map((v) => ({ ...v, label: text(v.label) as string })) } : {}),
    ...(Array.isArray(c.components) ? { components: c.components.map(component) } : {}),
  });
  return { ...schema, components: schema.components.map(component) };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** form-js writes its validation messages in English only: these are the ones our forms can produce. */
const validationMessages: [RegExp, string, (m: RegExpExecArray) => Record<string, unknown>][] = [
  [/^Field is required\.$/, 'taskCase.validation.required', () => ({})],
  [/^Field must have minimum length of (\d+)\.$/, 'taskCase.validation.minLength', (m) => ({ count: Number(m[1]) })],
  [/^Field must have maximum length of (\d+)\.$/, 'taskCase.validation.maxLength', (m) => ({ count: Number(m[1]) })],
  [/^Field must have minimum value of (.+)\.$/, 'taskCase.validation.min', (m) => ({ value: m[1] })],
  [/^Field must have maximum value of (.+)\.$/, 'taskCase.validation.max', (m) => ({ value: m[1] })],
  [/^Field must match pattern .+\.$/, 'taskCase.validation.pattern', () => ({})],
  [/^Field must be a valid email\.$/, 'taskCase.validation.email', () => ({})],
  [/^Value is not a number\.$/, 'taskCase.validation.number', () => ({})],
];

/** A form-js validation message in the user's language; messages we do not know (a schema's own text) pass through. */
export function translateValidation(message: string, t: Translate): string {
  for (const [pattern, key, options] of validationMessages) {
    const match = pattern.exec(message);
    if (match) return t(key, options(match));
  }
  return message;
}

/**
 * form-js 1.23 evaluates FEEL in `validate.min/max/minLength/maxLength` only: a `validate.required` written as an
 * expression (review-application.form: comment required `=decision != "approve"`) is a truthy string to it, so the
 * field would always be required. Such expressions are taken out of the schema here, keyed by the component's key,
 * and evaluated by the form's validator against the current data (FormJsForm).
 */
export function splitRequiredExpressions(schema: FormSchema): { schema: FormSchema; requiredWhen: Map<string, string> } {
  const requiredWhen = new Map<string, string>();
  const component = (c: FormComponent): FormComponent => {
    const validate = c.validate as { required?: unknown } | undefined;
    let next = c;
    if (c.key && validate && typeof validate.required === 'string' && validate.required.startsWith('=')) {
      requiredWhen.set(c.key, validate.required);
      next = { ...c, validate: { ...validate, required: false } };
    }
    return Array.isArray(next.components) ? { ...next, components: next.components.map(component) } : next;
  };
  return { schema: { ...schema, components: schema.components.map(component) }, requiredWhen };
}

/** What form-js counts as no value for `required`. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The `form.schema` of GET /api/tasks/{id}: the form-js JSON as an object, or as the file's text. Anything without a
 * components list is not a form we can render (the caller falls back to the built-in review form).
 */
export function parseSchema(value: unknown): FormSchema | null {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return parsed && typeof parsed === 'object' && Array.isArray((parsed as FormSchema).components) ? (parsed as FormSchema) : null;
}
