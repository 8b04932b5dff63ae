import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCRIPT_FILES } from '../../../build/size/budgets';

describe('the npm package', () => {
  it('ships every script the widget is made of, so a site serving the package\'s dist/ has each one the app loads', async () => {
    const { files } = JSON.parse(await readFile('package.json', 'utf8')) as { files: string[] };
    for (const script of SCRIPT_FILES) expect(files, script).toContain(`dist/${script}`);
  });
});

describe('npm run build', () => {
  it('hands the options after -- to the content build, as npm appends them to the end of the script', async () => {
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    const run = `${scripts.build} --faq-address https://example.com/help/faq/`;
    const last = run.split('&&').at(-1)!.trim();
    // Without its own `--`, `npm run build:content --faq-address …` would take the option as npm's own setting.
    expect(last).toBe('npm run build:content -- --faq-address https://example.com/help/faq/');
  });
});
