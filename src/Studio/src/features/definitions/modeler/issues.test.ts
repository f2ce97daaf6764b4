import { describe, expect, it } from 'vitest';
import { issuesByElement, issueTitleKey } from './issues';

describe('issues', () => {
  it('IssuesByElement_GroupsProblemsOfOneElement_AndSkipsDocumentLevelOnes', () => {
    const map = issuesByElement([
      { elementId: 'task', elementType: 'task', code: 'unsupported-element', message: 'a' },
      { elementId: 'task', elementType: 'task', code: 'missing-outgoing', message: 'b' },
      { elementId: '', elementType: 'definitions', code: 'malformed-xml', message: 'c' },
    ]);
    expect([...map.keys()]).toEqual(['task']);
    expect(map.get('task')?.map((i) => i.code)).toEqual(['unsupported-element', 'missing-outgoing']);
  });

  it('IssueTitleKey_IsNull_ForACodeThisStudioDoesNotKnow', () => {
    expect(issueTitleKey('missing-topic')).toBe('definitions.issueCode.missing-topic');
    expect(issueTitleKey('something-new')).toBeNull();
  });
});
