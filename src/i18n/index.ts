/** What components import: the pure core (./core, which data/ and scripts/ import directly) and the React hooks. */
export * from './core';
export { useLang, useMessages, useT } from './hooks';
