/** What components import: the pure core (./core, which data/ and scripts/ import directly) and the React hooks. */
export * from './core';
export { useLang, useT } from './hooks';
