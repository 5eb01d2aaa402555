/** An input problem the build reports as "file:line: message" and exits non-zero on. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${detail}`);
    this.name = 'SourceError';
  }
}
