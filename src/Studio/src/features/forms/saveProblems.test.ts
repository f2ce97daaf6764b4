import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { saveProblems } from './api';

describe('saveProblems', () => {
  it('SaveProblems_ListsEachFieldMessage_RenderedFromItsCode', () => {
    const error = new ApiError(
      400,
      'One or more fields are invalid',
      undefined,
      { 'components[0].key': ['Duplicate key'], schema: ["Send the form-js schema as 'schema'"] },
      'validation.failed',
      {},
      { 'components[0].key': [{ code: 'form.invalid' }], schema: [{ code: 'form.schemaRequired', args: {} }] },
    );
    expect(saveProblems(error, 'en')).toEqual(['components[0].key: Duplicate key', "Send the form-js schema as 'schema'"]);
    expect(saveProblems(error, 'zh-CN')).toEqual(['components[0].key: Duplicate key', '请提供表单定义 schema']);
  });

  it('SaveProblems_FallsBackToTheDetail_WhenNoFieldIsNamed', () => {
    expect(saveProblems(new ApiError(400, 'Invalid request', 'Not JSON'), 'en')).toEqual(['Not JSON']);
    expect(saveProblems(new Error('x'), 'en')).toEqual([]);
  });
});
