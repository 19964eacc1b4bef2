// L2-regularised logistic regression over sparse named features, fitted with Newton's method
// (the problem has tens of features, so the Hessian is small and a few steps converge).

export interface Example {
  f: Readonly<Record<string, number>>;
  y: 0 | 1;
  /** Names someone (an entity, or words that are not a bare unresolved pronoun): what precision counts. */
  named?: boolean;
}

export function predict(weights: Readonly<Record<string, number>>, f: Readonly<Record<string, number>>): number {
  let z = 0;
  for (const k in f) z += (weights[k] ?? 0) * f[k];
  return 1 / (1 + Math.exp(-z));
}

/** Solves A x = b in place by Gaussian elimination with partial pivoting. */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    [b[c], b[pivot]] = [b[pivot], b[c]];
    for (let r = c + 1; r < n; r++) {
      const k = a[r][c] / a[c][c];
      if (k === 0) continue;
      for (let j = c; j < n; j++) a[r][j] -= k * a[c][j];
      b[r] -= k * b[c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let j = r + 1; j < n; j++) s -= a[r][j] * x[j];
    x[r] = s / a[r][r];
  }
  return x;
}

/**
 * Weights minimising the log loss plus lambda/2 * |w|^2 (the bias is penalised too, lightly: it
 * keeps a feature seen only on one side from running off to infinity).
 */
export function fitLogistic(examples: readonly Example[], lambda: number, steps = 25): Record<string, number> {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.f)))].sort();
  const at = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => Object.entries(e.f).map(([k, v]) => [at.get(k)!, v] as const));
  const d = names.length;
  let w = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = w.map((x) => lambda * x);
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? lambda : 0)));
    rows.forEach((row, n) => {
      let z = 0;
      for (const [i, v] of row) z += w[i] * v;
      const p = 1 / (1 + Math.exp(-z));
      const r = p - examples[n].y;
      const s = p * (1 - p);
      for (const [i, v] of row) {
        grad[i] += r * v;
        for (const [j, u] of row) hess[i][j] += s * v * u;
      }
    });
    const delta = solve(hess, grad);
    w = w.map((x, i) => x - delta[i]);
    if (Math.max(...delta.map(Math.abs)) < 1e-6) break;
  }
  return Object.fromEntries(names.map((n, i) => [n, w[i]]));
}
