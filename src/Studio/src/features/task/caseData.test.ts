import { describe, expect, it } from 'vitest';
import { mask } from './caseData';

describe('mask', () => {
  it('Mask_KeepsRegionAndLastFour_OfAnIdNumber', () => {
    expect(mask('650102199001011234')).toBe('650102********1234');
  });

  it('Mask_HidesShortValuesEntirely', () => {
    expect(mask('12345')).toBe('*****');
  });
});
