import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from './csv';

describe('the CSV writer', () => {
  it('writes Finnish-Excel CSV: BOM, semicolons, decimal comma, no grouping, CRLF', () => {
    expect(toCsv(['nimi', 'summa', 'osuus'], [['Vaasa', 1234567, 12.5]], 'excel')).toBe(
      '\ufeffnimi;summa;osuus\r\nVaasa;1234567;12,5\r\n',
    );
  });

  it('writes English CSV with a BOM too: commas and a decimal point', () => {
    expect(toCsv(['name', 'sum', 'share'], [['Vaasa', 1234567, 12.5]], 'en')).toBe(
      '\ufeffname,sum,share\r\nVaasa,1234567,12.5\r\n',
    );
  });

  it('quotes separators, quotes and line breaks; writes null as an empty cell', () => {
    expect(toCsv(['a', 'b', 'c'], [['x;y', 'say "hi"\nthere', null]], 'excel')).toBe(
      '\ufeffa;b;c\r\n"x;y";"say ""hi""\nthere";\r\n',
    );
    expect(toCsv(['a'], [['1,5']], 'en')).toBe('\ufeffa\r\n"1,5"\r\n');
    expect(csvCell('1,5', 'excel')).toBe('1,5');
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    for (const text of ['=SUM(A1)', '+358 40', '-väli', '@kaste', '\tsisennys', '\rrivi'])
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(neutraliseFormula('Vaasa = Vasa')).toBe('Vaasa = Vasa');
    expect(csvCell(-1200.5, 'excel')).toBe('-1200,5');
    expect(csvCell(-3, 'en')).toBe('-3');
    expect(csvCell('=1+2;3', 'excel')).toBe(`"'=1+2;3"`);
    expect(csvCell('=HYPERLINK("x")', 'en')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('refuses a number it cannot write', () => {
    expect(() => csvCell(Number.NaN, 'en')).toThrow(/finite/);
  });
});
