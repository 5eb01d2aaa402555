/**
 * Wraps a label into lines of at most `max` characters, breaking at spaces. A word longer than a line
 * ("Långtidsbostadslöshet" on a phone) is hyphenated: SVG text neither wraps nor hyphenates, and the word would run
 * past the drawing's edge.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word.length > max && max > 1 ? hyphenated(word, max) : [word]));
  for (const word of words) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const VOWEL = /[aeiouyäöå]/i;

/**
 * Splits a word too long for a line into pieces of at most `max` characters: after a hyphen the word already has
 * ("Päijänne-Tavastlands"), else before a consonant that starts a syllable ("Perusterveydenhuol-lon",
 * "Långtidsbostadslös-het"), the rule Finnish and mostly Swedish hyphenation follow; failing both, at the line's end.
 */
function hyphenated(word: string, max: number): string[] {
  const parts: string[] = [];
  let rest = word;
  while (rest.length > max) {
    const hyphen = rest.lastIndexOf('-', max - 1);
    let cut = hyphen > 0 ? hyphen + 1 : 0;
    if (!cut)
      for (let i = max - 1; i >= 2; i--)
        if (!VOWEL.test(rest[i]!) && VOWEL.test(rest[i + 1] ?? '') && VOWEL.test(rest.slice(0, i))) {
          cut = i;
          break;
        }
    if (!cut) cut = max - 1;
    parts.push(hyphen > 0 && cut === hyphen + 1 ? rest.slice(0, cut) : `${rest.slice(0, cut)}-`);
    rest = rest.slice(cut);
  }
  return [...parts, rest];
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  /** Label lines, then muted detail lines (amount, share, projects without a cost). */
  lines: string[];
  detail?: string | string[];
  bold?: boolean;
}

/** A category-axis label of several lines, right-aligned against the bar. */
export function AxisTick({ x = 0, y = 0, lines, detail, bold }: TickProps) {
  const details = detail === undefined ? [] : typeof detail === 'string' ? [detail] : detail;
  const all = [...lines, ...details];
  const top = Number(y) - ((all.length - 1) * 16) / 2;
  return (
    <text x={Number(x) - 6} y={top} textAnchor="end" className="chart-tick" fontWeight={bold ? 700 : 400}>
      {all.map((line, i) => (
        <tspan
          key={i}
          x={Number(x) - 6}
          dy={i === 0 ? 4 : 16}
          className={i >= lines.length ? 'chart-tick-detail' : undefined}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}
