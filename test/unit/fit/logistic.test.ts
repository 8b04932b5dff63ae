import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, sigmoid, type LabelledSample } from '../../../build/fit/logistic';

/** Samples drawn from a known logistic model, deterministically (a fixed linear congruential sequence). */
function samplesFrom(intercept: number, weights: number[], count: number): LabelledSample[] {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => {
    const features = weights.map(() => random() * 2 - 1);
    const p = sigmoid(weights.reduce((sum, w, i) => sum + w * (features[i] ?? 0), intercept));
    return { features, label: random() < p ? 1 : 0, weight: 1 } as LabelledSample;
  });
}

describe('logistic regression', () => {
  it('recovers the coefficients of the model the samples came from', () => {
    const fit = fitLogistic(samplesFrom(-0.5, [2, -3], 20_000), 0);
    expect(fit.intercept).toBeCloseTo(-0.5, 0);
    expect(fit.weights[0]).toBeCloseTo(2, 0);
    expect(fit.weights[1]).toBeCloseTo(-3, 0);
  });

  it('shrinks the weights, not the intercept, towards zero as the penalty grows', () => {
    const samples = samplesFrom(1, [2], 2_000);
    const loose = fitLogistic(samples, 0);
    const tight = fitLogistic(samples, 10_000);
    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0) / 5);
    expect(tight.intercept).toBeGreaterThan(0.5);
  });

  it('counts a sample by its weight', () => {
    const one: LabelledSample = { features: [0], label: 1, weight: 3 };
    const zero: LabelledSample = { features: [0], label: 0, weight: 1 };
    expect(predict(fitLogistic([one, zero], 1), [0])).toBeCloseTo(0.75, 5);
  });
});
