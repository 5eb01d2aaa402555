import { z } from 'zod';
import { describeIssues } from './load';

/** The part of datapackage.json (written by the data build) that the app reads: the release and every file. */
const PerLang = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export const Publication = z.object({
  version: z.string().min(1),
  created: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
  licenses: z.array(z.object({ name: z.string(), title: z.string(), path: z.string() })).min(1),
  sources: z.array(z.object({ title: z.string() })),
  resources: z.array(
    z.object({
      name: z.string(),
      path: z.string(),
      format: z.enum(['json', 'csv']),
      bytes: z.number().int().nonnegative(),
      titles: PerLang,
      descriptions: PerLang,
    }),
  ),
});
export type Publication = z.infer<typeof Publication>;

export type PublicationCheck = { publication: Publication } | { problem: string };

export function checkPublicationText(text: string): PublicationCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { problem: (e as Error).message };
  }
  const parsed = Publication.safeParse(json);
  return parsed.success ? { publication: parsed.data } : { problem: describeIssues(parsed.error) };
}
