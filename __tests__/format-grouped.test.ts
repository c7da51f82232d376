import { grouped } from '../src/report/format.js';

/**
 * The reports format numbers without Intl (its locale data took longer to load than an action run that posts
 * nothing); the output must stay what `Intl.NumberFormat('en-US')` gives, including its rounding of the shortest
 * decimal (1.005 -> "1.01", where toFixed gives "1.00").
 */
describe('grouped: en-US numbers without Intl', () => {
  const values = [0, -0, 0.5, 1.5, 2.5, 1.005, 2.675, 0.125, 9.995, 999.995, 1234.565, -0.001, -1234.5, 99999.5, 123456789.125, 1e-7, 5e-7, 1e20, 12.3456];
  // A fixed pseudo-random spread over sizes from 1e-3 to 1e9 (a linear congruential generator, so the test is the same every run).
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 3000; i++) values.push(next() * 10 ** Math.floor(next() * 12 - 3), Math.round(next() * 1e7) / 1000);

  it.each([0, 1, 2])('matches Intl.NumberFormat with %i fraction digits', (digits) => {
    const intl = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const wrong = values.filter((x) => grouped(x, digits) !== intl.format(x)).map((x) => `${x}: ${grouped(x, digits)} vs ${intl.format(x)}`);
    expect(wrong).toEqual([]);
  });

  it('groups thousands and carries a rounding into a new digit', () => {
    expect(grouped(1234567.891, 2)).toBe('1,234,567.89');
    expect(grouped(999999.5)).toBe('1,000,000');
    expect(grouped(9.995, 2)).toBe('10.00');
  });
});
