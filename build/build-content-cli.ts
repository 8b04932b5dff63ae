import { buildContent, reportBuild } from './content/build-content';

const result = await buildContent({ contentRoot: 'content', outDir: 'dist/content' });
const report = reportBuild(result);
if (result.errors.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
