import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { saveProblems } from './api';

describe('saveProblems', () => {
  it('SaveProblems_ListsEachFieldMessage_InTheCurrentLanguage', () => {
    const error = new ApiError(400, 'Invalid', undefined, { 'components[0].key': ['字段标识重复 / Duplicate key'], schema: ['缺少组件 / No components'] });
    expect(saveProblems(error, 'zh-CN')).toEqual(['components[0].key: 字段标识重复', '缺少组件']);
    expect(saveProblems(error, 'en')).toEqual(['components[0].key: Duplicate key', 'No components']);
  });

  it('SaveProblems_FallsBackToTheDetail_WhenNoFieldIsNamed', () => {
    expect(saveProblems(new ApiError(400, '表单无效 / Invalid form', '不是 JSON / Not JSON'), 'en')).toEqual(['Not JSON']);
    expect(saveProblems(new Error('x'), 'en')).toEqual([]);
  });
});
