/**
 * Parts of a total shown as whole numbers that still add up (the largest-remainder method,
 * Hamilton's apportionment): world tension moves 28.4 → 41.2, read "28 → 41", and its causes
 * +7.9, +5.6 and −0.7 read +8, +6 and −1, which make the +13 the title shows. Each part is
 * its value rounded down or up; the parts with the largest fractions are rounded up first.
 */
export function wholeParts(values: readonly number[], total: number): number[] {
  const floors = values.map(Math.floor);
  let left = Math.round(total) - floors.reduce((s, x) => s + x, 0);
  const out = [...floors];
  // By fraction, largest first (ties by order, so that the result is deterministic).
  const order = values
    .map((v, i) => ({ i, frac: v - Math.floor(v) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0 && order.length; k = (k + 1) % order.length, left--)
    out[order[k]!.i]! += 1;
  // The total below the sum of the floors (a rounding of the ends): take from the smallest.
  for (
    let k = order.length - 1;
    left < 0 && order.length;
    k = (k - 1 + order.length) % order.length, left++
  )
    out[order[k]!.i]! -= 1;
  return out;
}
