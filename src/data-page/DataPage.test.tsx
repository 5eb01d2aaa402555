import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import DataPage from './DataPage';
import { renderWithData } from '../../test/unit/render';
import { dataFetch } from '../../test/unit/fixtures';

let saved: Blob[] = [];
beforeEach(() => {
  saved = [];
  vi.stubGlobal('fetch', dataFetch());
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the data page', () => {
  it('lists every table with its row count and every published file with its size and description', async () => {
    renderWithData(<DataPage />, { state: { lang: 'sv' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Öppna data' })).toBeInTheDocument();
    const rows = within(screen.getAllByRole('table')[0]!).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Projekt',
      'Kostnader',
      'Finansieringsandelar',
      'Kommuner',
      'Kvalitetsanmärkningar',
      'Händelser',
    ]);
    expect(within(rows[3]!).getByText('88')).toBeInTheDocument();
    const json = await screen.findByRole('link', { name: 'projects.json' });
    expect(json).toHaveAttribute('href', '/data/projects.json');
    expect(json.closest('li')!.textContent).toMatch(
      /\(\d+,\d\u00a0kB\) – Projekten i planerna för 2008 och 2009 och de som ett annat dokument anger huvudman/,
    );
    expect(screen.getByRole('link', { name: 'schema.json' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'datapackage.json' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Creative Commons Erkännande 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(screen.getByText(/Materialet sammanställt \d+\.\d+\.\d{4}, version [0-9a-f]{12}\./)).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'CSV (engelska): Projekt' })).toHaveAttribute(
      'href',
      '/data/projects.csv',
    );
  });

  it("writes the Excel CSV of a table in the reader's language", async () => {
    const user = userEvent.setup();
    renderWithData(<DataPage />, { state: { lang: 'sv' } });
    await user.click(screen.getByRole('button', { name: 'Excel-CSV: Kommuner' }));
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      '\ufeffkommunnummer;namn på finska;namn på svenska;landskapets id;landskap;longitud;latitud;med i LasSe från',
    );
    expect(text).toMatch(/\r\n499;Mustasaari;Korsholm;pohjanmaa;Österbotten;21,\d+;63,\d+;/);
  });
});
