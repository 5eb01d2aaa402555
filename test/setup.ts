import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// Lazily loaded views are transformed on first import; on a busy 2-core machine that takes longer than the default
// second, so findBy/waitFor wait up to 10 s for what must appear (they still fail when it never does).
configure({ asyncUtilTimeout: 10000 });
