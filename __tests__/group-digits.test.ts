import { groupDigits } from '../src/catalog/digits.js';

// Written out by hand: en-US grouping as toLocaleString('en-US') writes whole numbers, without loading ICU.
describe('groupDigits', () => {
  it('groups whole numbers in threes', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1000)).toBe('1,000');
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(-45000)).toBe('-45,000');
    expect(groupDigits(1e21)).toBe('1,000,000,000,000,000,000,000');
  });
  it('leaves the decimals of a fractional number ungrouped', () => {
    expect(groupDigits(1234.5678)).toBe('1,234.5678');
    expect(groupDigits(25000.5)).toBe('25,000.5');
  });
});
