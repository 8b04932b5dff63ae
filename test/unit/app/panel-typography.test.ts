import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The panel's first layout is its opening's longest task, and most of it is the browser setting up each size and
// weight of the font the first time it meets it (README, "The eighteenth session's runs"). A new weight or size
// is a choice to make knowingly, not by the way.
const css = readFileSync(new URL('../../../widget/app/panel.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

function valuesOf(property: string): Set<string> {
  return new Set([...css.matchAll(new RegExp(`(?:^|[;{\\s])${property}:\\s*([^;}]+)`, 'g'))].map((m) => m[1]!.trim()));
}

describe('the panel typography', () => {
  it('uses two weights: the inherited 400 and 600', () => {
    expect([...valuesOf('font-weight')]).toEqual(['600']);
  });

  it('uses the sizes it has: 17 px for the title, 16 for the question box, 15, 14, and 13 for a rare note', () => {
    expect([...valuesOf('font-size')].sort()).toEqual(['13px', '14px', '15px', '16px', '17px']);
  });

  it("sets an answer's bold text and headings to 600 rather than the browser's 700", () => {
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => ({ selector: selector!.trim(), body: body! }));
    for (const element of ['strong', 'h3', 'h6']) {
      const rule = rules.find((r) => r.selector.startsWith('.answer-body') && new RegExp(`\\b${element}\\b`).test(r.selector) && /font-weight/.test(r.body));
      expect(rule?.body, element).toMatch(/font-weight:\s*600/);
    }
  });
});
