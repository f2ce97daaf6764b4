import { describe, expect, it } from 'vitest';
import type { CaseView, FormSchema } from './caseApi';
import { narrowToChoices } from './reviewChoices';

const schema: FormSchema = {
  components: [
    {
      type: 'radio',
      key: 'decision',
      values: [
        { label: '审核通过 Approve', value: 'approve' },
        { label: '驳回 Reject', value: 'reject' },
        { label: '要求补充材料 Supplement', value: 'supplement' },
      ],
    },
    {
      type: 'checklist',
      key: 'missingMaterials',
      values: [
        { label: '身份证正面 ID card (front)', value: 'IdCardFront' },
        { label: '户口本复印件 Household register', value: 'HouseholdRegister' },
      ],
    },
    { type: 'textarea', key: 'comment' },
  ],
};
const named = (code: string) => ({ code, zh: code, en: code });

describe('narrowToChoices', () => {
  it('Suspension_OffersNoSupplementAndNoChecklist', () => {
    // Given
    const review: CaseView['review'] = { decisions: [named('approve'), named('reject')], supplementMaterials: [] };

    // When
    const narrowed = narrowToChoices(schema, review);

    // Then
    expect(narrowed.components.map((c) => c.key)).toEqual(['decision', 'comment']);
    expect(narrowed.components[0].values?.map((v) => v.value)).toEqual(['approve', 'reject']);
  });

  it('NewEnrollment_OffersOnlyTheMaterialsOfItsType', () => {
    const review: CaseView['review'] = {
      decisions: [named('approve'), named('reject'), named('supplement')],
      supplementMaterials: [named('HouseholdRegister')],
    };

    const narrowed = narrowToChoices(schema, review);

    expect(narrowed.components[1].values?.map((v) => v.value)).toEqual(['HouseholdRegister']);
    expect(narrowed.components[0].values).toHaveLength(3);
  });

  it('NoCaseView_LeavesTheFormAsDeployed', () => {
    expect(narrowToChoices(schema, null)).toBe(schema);
  });
});
