import { SourceError } from '../lib/errors.ts';
import { type SourceText } from '../lib/document.ts';

export interface MunicipalityRef {
  code: string;
  nameFi: string;
  nameSv: string;
  provinceFi: string;
  lon: number;
  lat: number;
  line: number;
}

const COLUMNS = ['code', 'name_fi', 'name_sv', 'province_fi', 'lon', 'lat'] as const;

/** The reference municipality list of ../shared/geo (code, names, province, label point). */
export function parseMunicipalityCsv(src: SourceText): MunicipalityRef[] {
  const [head, ...rows] = src.lines;
  const columns = (head ?? '').split(',');
  const index = COLUMNS.map((c) => {
    const i = columns.indexOf(c);
    if (i < 0) throw new SourceError(src.file, 1, `missing column "${c}"`);
    return i;
  });
  return rows
    .map((row, i) => ({ row, line: i + 2 }))
    .filter(({ row }) => row.trim() !== '')
    .map(({ row, line }) => {
      const cells = row.split(',');
      const [code, nameFi, nameSv, provinceFi, lon, lat] = index.map((i) => (cells[i] ?? '').trim());
      if (!/^\d{3}$/.test(code ?? '')) throw new SourceError(src.file, line, `bad municipality code "${code}"`);
      const lonN = Number(lon);
      const latN = Number(lat);
      if (!Number.isFinite(lonN) || !Number.isFinite(latN)) throw new SourceError(src.file, line, 'bad label point');
      if (!nameFi || !nameSv || !provinceFi) throw new SourceError(src.file, line, 'missing name or province');
      return { code: code!, nameFi, nameSv, provinceFi, lon: lonN, lat: latN, line };
    });
}
