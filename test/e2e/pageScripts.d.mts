import type { Page } from 'playwright-core';

export const PAGE_JS_BUDGET: number;
export function gzipSize(file: string): number;
export function recordScripts(page: Page, dist: string): { take(): string[] };
