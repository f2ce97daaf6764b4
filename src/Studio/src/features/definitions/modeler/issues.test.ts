import { describe, expect, it } from 'vitest';
import { issueTitleKey } from './issues';

describe('issues', () => {
  it('IssueTitleKey_IsNull_ForACodeThisStudioDoesNotKnow', () => {
    expect(issueTitleKey('missing-topic')).toBe('definitions.issueCode.missing-topic');
    expect(issueTitleKey('something-new')).toBeNull();
  });
});
