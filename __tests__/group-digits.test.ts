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

// The grouping the loop replaced, written out: BigInt digits for whole numbers, the whole part grouped by a regex.
const byRegex = (n: number): string => {
  const text = Number.isInteger(n) ? BigInt(n).toString() : String(n);
  const [whole, decimals] = text.split('.') as [string, string?];
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (decimals === undefined ? '' : `.${decimals}`);
};

describe('groupDigits against the regex-and-BigInt grouping', () => {
  it('agrees on edge cases and on 20,000 generated numbers of every size and sign', () => {
    const xs = [0, -0, 1, -1, 999, -999, 1000, 1e21, -1e21, 1e300, 2 ** 53, 2 ** 53 + 2, 2 ** 60, 123456789012345680000, NaN, Infinity, -Infinity, 1e-7, -1.5e-7, 5e-324, 1e-100, 0.5, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i++) {
      const x = (rnd() - 0.5) * 10 ** (Math.floor(rnd() * 60) - 20);
      xs.push(rnd() < 0.5 ? Math.round(x) : x);
    }
    for (const x of xs) expect([x, groupDigits(x)]).toEqual([x, byRegex(x)]);
  });
});
