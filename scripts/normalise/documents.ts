import { DOCUMENTS } from '../curation.ts';

/** The seed file a document id stands for, so that every error names a file a user can open. */
export function fileOf(documentId: string): string {
  const doc = DOCUMENTS.find((d) => d.id === documentId);
  if (!doc) throw new Error(`unknown document id ${documentId}`);
  return doc.file;
}
