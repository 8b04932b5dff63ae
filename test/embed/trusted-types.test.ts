import { describe, expect, it, vi } from 'vitest';

describe('the Trusted Types policy', () => {
  it('is made once, named "askdown", and passes what it is given', async () => {
    vi.resetModules();
    const { trustedTypesPolicy } = await import('../../widget/embed/trusted-types');
    const made: { name: string; rules: { createHTML(s: string): string; createScriptURL(s: string): string } }[] = [];
    const win = {
      trustedTypes: {
        createPolicy(name: string, rules: (typeof made)[number]['rules']) {
          made.push({ name, rules });
          return { createHTML: (s: string) => `html:${rules.createHTML(s)}`, createScriptURL: (s: string) => `url:${rules.createScriptURL(s)}` };
        },
      },
    } as unknown as Window;
    const policy = trustedTypesPolicy(win);
    expect(trustedTypesPolicy(win)).toBe(policy);
    expect(made.map((m) => m.name)).toEqual(['askdown']);
    expect(policy?.createHTML('<p>a</p>')).toBe('html:<p>a</p>');
    expect(policy?.createScriptURL('https://a.example/app.js')).toBe('url:https://a.example/app.js');
  });

  it('is absent where the browser has no Trusted Types', async () => {
    vi.resetModules();
    const { trustedTypesPolicy } = await import('../../widget/embed/trusted-types');
    expect(trustedTypesPolicy({} as Window)).toBeUndefined();
  });
});
