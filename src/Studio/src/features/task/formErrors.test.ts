import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormSchema } from './caseApi';
import { fieldsOf, initialData, parseSchema, localizeLabel, localizeSchema, mapServerErrors, splitRequiredExpressions, translateValidation } from './formErrors';

// The repository's real review form, so a change to its ids or keys shows up here.
const reviewForm = readFileSync(join(__dirname, '../../../../../workflows-definitions/review-application.form'), 'utf8');
const schema = JSON.parse(reviewForm) as FormSchema;
const fields = fieldsOf(schema);

describe('mapServerErrors', () => {
  it('PutsEachMessage_OnTheFieldWithThatKey', () => {
    const mapped = mapServerErrors(
      {
        decision: ['请选择审核结论'],
        comment: ['须填写审核意见', '不能超过 2000 字'],
      },
      fields,
    );

    expect(mapped.byId).toEqual({ decisionField: ['请选择审核结论'], commentField: ['须填写审核意见', '不能超过 2000 字'] });
    expect(mapped.unmatched).toEqual([]);
  });

  it('MatchesKeysIgnoringCase_AndSendsUnknownKeysToTheAlert', () => {
    const mapped = mapServerErrors({ MissingMaterials: ['Tick one'], regionCode: ['Invalid region'] }, fields);

    expect(mapped.byId).toEqual({ missingMaterialsField: ['Tick one'] });
    expect(mapped.unmatched).toEqual(['Invalid region']);
  });

  it('UsesTheRegistrysIds_WhenTheSchemaHasNone', () => {
    const mapped = mapServerErrors({ comment: ['x'] }, [{ id: 'Field_0abc', key: 'comment' }, { id: 'Text_1' }]);

    expect(mapped.byId).toEqual({ Field_0abc: ['x'] });
  });
});

describe('form data and labels', () => {
  it('Prefills_OnlyTheFormsKeys', () => {
    expect(initialData(schema, { decision: 'approve', idNumber: '650102199003071235', comment: null })).toEqual({ decision: 'approve' });
  });

  it('KeepsTheHalfOfABilingualLabel_ForTheLanguage', () => {
    expect(localizeLabel('审核结论 Decision', 'zh-CN')).toBe('审核结论');
    expect(localizeLabel('第二代身份证复印件 2nd-generation ID card copy', 'en')).toBe('2nd-generation ID card copy');
    expect(localizeLabel('Decision', 'zh-CN')).toBe('Decision');
    const english = localizeSchema(schema, 'en');
    expect(english.components[0].label).toBe('Decision');
    expect(english.components[1].values?.map((v) => v.label)).toContain('Household register copy');
  });

  it('TranslatesFormJsValidationMessages', () => {
    const t = (key: string, options?: Record<string, unknown>) => `${key}${options?.count ?? ''}`;
    expect(translateValidation('Field is required.', t)).toBe('taskCase.validation.required');
    expect(translateValidation('Field must have maximum length of 500.', t)).toBe('taskCase.validation.maxLength500');
    expect(translateValidation('请填写 / Fill in', t)).toBe('请填写 / Fill in');
  });
});

describe('splitRequiredExpressions', () => {
  it('TakesRequiredExpressionsOutOfTheSchema_AndKeepsPlainRequired', () => {
    const { schema: prepared, requiredWhen } = splitRequiredExpressions(schema);

    expect([...requiredWhen]).toEqual([['comment', '=decision != "approve"']]);
    const byKey = new Map(prepared.components.map((c) => [c.key, c.validate]));
    expect(byKey.get('comment')).toEqual({ required: false, maxLength: 500 });
    expect(byKey.get('decision')).toEqual({ required: true });
  });
});

describe('parseSchema', () => {
  it('AcceptsTheSchemaAsObjectOrText_AndRefusesWhatIsNoForm', () => {
    expect(parseSchema(schema)).toBe(schema);
    expect(parseSchema(reviewForm)?.id).toBe('reviewApplicationForm');
    expect(parseSchema('not json')).toBeNull();
    expect(parseSchema({ type: 'default' })).toBeNull();
    expect(parseSchema(null)).toBeNull();
  });
});
