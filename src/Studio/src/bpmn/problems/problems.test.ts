import { describe, expect, it } from 'vitest';
import { byElement } from '.';

describe('problem markers', () => {
  it('ByElement_GroupsProblemsOfOneElement_AndSkipsDocumentLevelOnes', () => {
    const map = byElement([
      { elementId: 'task', elementType: 'task', code: 'unsupported-element', message: 'a' },
      { elementId: 'task', elementType: 'task', code: 'missing-outgoing', message: 'b' },
      { elementId: '', elementType: 'definitions', code: 'malformed-xml', message: 'c' },
    ]);
    expect([...map.keys()]).toEqual(['task']);
    expect(map.get('task')?.map((i) => i.code)).toEqual(['unsupported-element', 'missing-outgoing']);
  });
});
