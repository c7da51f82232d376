/** Number words for the planner's sentences (fixed format, no locale lookup: toLocaleString is slow in a hot path). */
const thousands = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const hoursWord = (x: number) => (x < 10 ? x.toFixed(1) : thousands(x));
export const usdWord = (x: number) => (x >= 100 ? `$${thousands(x)}` : `$${x.toFixed(2)}`);
export const gibWord = (x: number) => `${(x / 2 ** 30).toFixed(1)} GiB`;
