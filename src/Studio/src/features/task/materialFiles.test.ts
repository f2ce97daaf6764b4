import { describe, expect, it } from 'vitest';
import { formatSize, materialFileName, materialView } from './materialFiles';

describe('materialView', () => {
  it('FollowsTheSniffedType_BeforeTheFileName', () => {
    expect(materialView({ contentType: 'image/png', fileName: 'scan.pdf' })).toBe('image');
    expect(materialView({ contentType: 'application/pdf', fileName: 'scan.jpg' })).toBe('pdf');
    expect(materialView({ contentType: null, fileName: 'SCAN.JPG' })).toBe('image');
    expect(materialView({ contentType: null, fileName: 'notes.docx' })).toBe('file');
  });
});

describe('formatSize', () => {
  it('UsesBinaryUnits', () => {
    expect(formatSize(9)).toBe('9 B');
    expect(formatSize(12_595)).toBe('12.3 KB');
    expect(formatSize(4.5 * 1024 * 1024)).toBe('4.5 MB');
    expect(formatSize(null)).toBe('—');
  });

  it('StoredFileName_ReadsAsTheKindsName_NotItsCode', () => {
    expect(materialFileName('HouseholdRegister.pdf', 'HouseholdRegister', '户口本复印件')).toBe('户口本复印件.pdf');
    expect(materialFileName('IdCardFront.png', 'IdCardFront', 'ID card (front)')).toBe('ID card (front).png');
    expect(materialFileName('my scan.jpg', 'IdCardFront', '身份证正面')).toBe('my scan.jpg');
  });
});
