// Binary searches over arrays sorted by a numeric key (offsets, mostly). One implementation, so
// every lookup agrees on what "before" and "at or after" mean at an exact match.

/** First index whose key is >= value; arr.length when there is none. */
export function lowerBound<T>(arr: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose key is > value; arr.length when there is none. */
export function upperBound<T>(arr: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last element < value in a sorted array, or -1. */
export function lastBefore(sorted: readonly number[], value: number): number {
  return lowerBound(sorted, value, (x) => x) - 1;
}
