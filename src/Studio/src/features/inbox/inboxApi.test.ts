import { describe, expect, it } from 'vitest';
import { looksLikeIdNumber, regionsOfGroups } from './inboxApi';

describe('looksLikeIdNumber', () => {
  it('spots an 18-character ID number and leaves names and case numbers alone', () => {
    expect(looksLikeIdNumber('650102199003071235')).toBe(true);
    expect(looksLikeIdNumber('65010219900307123X')).toBe(true);
    expect(looksLikeIdNumber('张伟')).toBe(false);
    expect(looksLikeIdNumber('XJ-20261205-000001')).toBe(false);
  });
});

describe('regionsOfGroups', () => {
  it('keeps the region of each reviewers group only', () => {
    expect(regionsOfGroups(['reviewers-65', 'reviewers-6501', 'supervisors'])).toEqual(['65', '6501']);
    expect(regionsOfGroups(undefined)).toEqual([]);
  });
});
