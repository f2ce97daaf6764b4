import { describe, expect, it } from 'vitest';
import { parseVariableValue, variableText } from './variableValue';

describe('variable values', () => {
  it('ReadsJson_NumbersBooleansObjects', () => {
    expect(parseVariableValue(' 5000 ')).toBe(5000);
    expect(parseVariableValue('true')).toBe(true);
    expect(parseVariableValue('{"a": [1, 2]}')).toEqual({ a: [1, 2] });
    expect(parseVariableValue('"6501"')).toBe('6501');
  });

  it('KeepsText_ThatIsNotJson', () => {
    expect(parseVariableValue('材料齐全')).toBe('材料齐全');
    expect(parseVariableValue('R/P7D')).toBe('R/P7D');
  });

  it('RoundTrips_WhatTheFormShows', () => {
    for (const value of ['P30D', '5000', 'true', '"quoted"', 5000, false, null, { code: 'E1' }, [1, 'x']]) {
      expect(parseVariableValue(variableText(value))).toEqual(value);
    }
  });
});
