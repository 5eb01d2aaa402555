import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeRelease, storedHashes } from './releaseStore.ts';

const SHA_A = 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'; // sha256('a')
const SHA_B = '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d'; // sha256('b')

describe('release store', () => {
  it('keeps each file under its SHA-256 and lists it in the release’s manifest; releases.json is no release’s', () => {
    const files = new Map([
      ['projects.json', 'a'],
      ['costs.csv', 'b'],
      ['releases.json', 'history'],
    ]);
    const { entries, manifest, stored } = storeRelease(
      { version: 'v1', created: '2026-12-03T00:00:00Z' },
      files,
      new Set(),
    );
    expect([...entries.keys()].sort()).toEqual([
      `releases/files/${SHA_B}.csv`,
      `releases/files/${SHA_A}.json`,
      'releases/v1/manifest.json',
    ]);
    expect(entries.get(`releases/files/${SHA_A}.json`)).toBe('a');
    expect(manifest).toEqual({
      version: 'v1',
      created: '2026-12-03T00:00:00Z',
      files: [
        { path: 'costs.csv', bytes: 1, sha256: SHA_B, href: `../files/${SHA_B}.csv` },
        { path: 'projects.json', bytes: 1, sha256: SHA_A, href: `../files/${SHA_A}.json` },
      ],
    });
    expect(JSON.parse(entries.get('releases/v1/manifest.json')!)).toEqual(manifest);
    expect(stored).toEqual({ files: 2, bytes: 2, addedBytes: 2 });
  });

  it('counts only the files the store does not have yet as added, and a file twice in a release once', () => {
    const files = new Map([
      ['projects.json', 'a'],
      ['copy.json', 'a'],
      ['costs.csv', 'bb'],
    ]);
    expect(storeRelease({ version: 'v2', created: '2026-12-04T00:00:00Z' }, files, new Set([SHA_A])).stored).toEqual({
      files: 3,
      bytes: 4,
      addedBytes: 2,
    });
    expect(storeRelease({ version: 'v2', created: '2026-12-04T00:00:00Z' }, files, new Set()).stored.addedBytes).toBe(
      3,
    );
  });

  it('reads the stored files’ hashes from their names, and none from a folder that is not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    mkdirSync(join(dir, 'files'));
    writeFileSync(join(dir, 'files', `${SHA_A}.json`), 'a');
    writeFileSync(join(dir, 'files', `${SHA_B}.csv`), 'b');
    expect(storedHashes(join(dir, 'files'))).toEqual(new Set([SHA_A, SHA_B]));
    expect(storedHashes(join(dir, 'nothing'))).toEqual(new Set());
    rmSync(dir, { recursive: true, force: true });
  });
});
