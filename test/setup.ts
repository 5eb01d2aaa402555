import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy…/waitFor return as soon as the content is there; this is only how long they keep trying before failing.
// A lazily loaded view is transformed on its first import, which takes seconds when a dev server shares the CPU.
configure({ asyncUtilTimeout: 15_000 });
