/**
 * Weighted, L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).
 * A handful of features and a few thousand samples: exact and fast, with nothing to tune but the penalty.
 */

export interface LabelledSample {
  features: readonly number[];
  /** 1 when the top article answers the question. */
  label: 0 | 1;
  /** How much the sample counts in the fit (query sets of different sizes are balanced with it). */
  weight: number;
}

export interface LogisticFit {
  intercept: number;
  weights: number[];
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function predict(fit: LogisticFit, features: readonly number[]): number {
  return sigmoid(fit.weights.reduce((sum, w, i) => sum + w * (features[i] ?? 0), fit.intercept));
}

/** Solves `a x = b` by Gaussian elimination with partial pivoting; `a` is small and symmetric positive definite. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

/**
 * Fits the model; `l2` penalises the weights (not the intercept) towards zero. Keep it above 0 where a feature may
 * be constant in the samples: with no penalty its weight is undetermined and the fit fails (NaN).
 */
export function fitLogistic(samples: readonly LabelledSample[], l2: number, iterations = 25): LogisticFit {
  const dimension = (samples[0]?.features.length ?? 0) + 1;
  const beta = new Array<number>(dimension).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const hessian = Array.from({ length: dimension }, () => new Array<number>(dimension).fill(0));
    const gradient = new Array<number>(dimension).fill(0);
    for (const sample of samples) {
      const x = [1, ...sample.features];
      const p = sigmoid(x.reduce((sum, value, i) => sum + value * beta[i]!, 0));
      const w = sample.weight * Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < dimension; i++) {
        gradient[i]! += sample.weight * (sample.label - p) * x[i]!;
        for (let j = 0; j < dimension; j++) hessian[i]![j]! += w * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < dimension; i++) {
      gradient[i]! -= l2 * beta[i]!;
      hessian[i]![i]! += l2;
    }
    const step = solve(hessian, gradient);
    let change = 0;
    step.forEach((delta, i) => {
      beta[i]! += delta;
      change = Math.max(change, Math.abs(delta));
    });
    if (change < 1e-9) break;
  }
  return { intercept: beta[0]!, weights: beta.slice(1) };
}
