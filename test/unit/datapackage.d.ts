// The Frictionless reference implementation ships no types; the test uses a few members.
declare module 'datapackage' {
  export const Package: {
    load(
      descriptor: object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<{
      valid: boolean;
      errors: Error[];
      resources: { name: string; tabular: boolean }[];
    }>;
  };
}
declare module 'tableschema' {
  export const Table: {
    load(
      source: string,
      options: { schema: object; bom?: boolean },
    ): Promise<{ read(options: { keyed: true }): Promise<unknown[]> }>;
  };
}
