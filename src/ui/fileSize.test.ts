import { describe, expect, it } from 'vitest';
import { fileSize } from './fileSize';

describe('fileSize', () => {
  it("writes kilobytes with the locale's decimal mark and unit", () => {
    expect(fileSize('fi', 12_637)).toBe('12,3\u00a0kt');
    expect(fileSize('sv', 12_637)).toBe('12,3\u00a0kB');
    expect(fileSize('en', 12_637)).toBe('12.3\u00a0kB');
  });

  it('shows a tiny file as 0.1 kB rather than nothing', () => {
    expect(fileSize('en', 3)).toBe('0.1\u00a0kB');
  });
});
