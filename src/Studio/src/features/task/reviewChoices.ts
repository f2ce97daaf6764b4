import type { CaseView, FormComponent, FormSchema } from './caseApi';

/**
 * The review form as this case allows it: the decision's options cut to the decisions the case offers (no
 * supplement for 续保 and 停保, which have no materials), and the supplement checklist cut to the materials of the
 * case's type. A form that has no such fields, or a case view that is missing, leaves the schema as it is.
 */
export function narrowToChoices(schema: FormSchema, review: CaseView['review'] | null | undefined): FormSchema {
  if (!review) return schema;
  const decisions = new Set(review.decisions.map((d) => d.code));
  const materials = new Set(review.supplementMaterials.map((m) => m.code));
  const narrow = (components: FormComponent[] = []): FormComponent[] =>
    components.flatMap((c): FormComponent[] => {
      if (c.key === 'missingMaterials' && Array.isArray(c.values)) {
        const values = c.values.filter((v) => materials.has(String(v.value)));
        return values.length === 0 ? [] : [{ ...c, values }];
      }
      if (c.key === 'decision' && Array.isArray(c.values)) {
        return [{ ...c, values: c.values.filter((v) => decisions.has(String(v.value))) }];
      }
      return [c.components ? { ...c, components: narrow(c.components) } : c];
    });
  return { ...schema, components: narrow(schema.components) };
}
