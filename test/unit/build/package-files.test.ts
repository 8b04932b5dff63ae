import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCRIPT_FILES } from '../../../build/size/budgets';

describe('the npm package', () => {
  it('ships every script the widget is made of, so a site serving the package\'s dist/ has each one the app loads', async () => {
    const { files } = JSON.parse(await readFile('package.json', 'utf8')) as { files: string[] };
    for (const script of SCRIPT_FILES) expect(files, script).toContain(`dist/${script}`);
  });
});
