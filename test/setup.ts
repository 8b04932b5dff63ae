import '@testing-library/jest-dom/vitest';
// As in every Node use of the matcher: Japanese analysed as the content build analyses it (see cjk-analysis.ts).
import '../widget/search';
