/** Saves text or a blob as a file through a temporary object URL. */
export function download(filename: string, content: string | Blob, type: string) {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];

/**
 * A standalone copy of a rendered chart: CSS variables and stylesheet rules are resolved into attributes,
 * so the file looks the same outside the page (and in the PNG drawn from it).
 */
export function standaloneSvg(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  // Presentation attributes, not a style attribute: the page's CSP forbids inline styles, even on a detached copy.
  source.forEach((el, i) => {
    const cs = getComputedStyle(el);
    for (const p of STYLE_PROPS) target[i]!.setAttribute(p, cs.getPropertyValue(p));
  });
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  clone.insertBefore(bg, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One legend entry as the chart shows it: its swatch (a small SVG) and its words. */
export interface LegendEntry {
  swatch: SVGSVGElement | null;
  label: string;
}

export interface ChartPicture {
  svg: SVGSVGElement;
  title: string;
  legend: LegendEntry[];
  /** Lines under the chart: the source and the data's date. */
  footer: string[];
  background: string;
  foreground: string;
  muted: string;
  font: string;
}

/** Splits text into lines of at most `max` characters at spaces (a long word stays whole on its own line). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The downloadable picture of a chart: its title above, the chart, its legend and the source and date below,
 * all inside the image's bounds (text wrapped to the width; a narrow chart gets a wider canvas for the text).
 */
export function composeChartSvg(p: ChartPicture): { text: string; width: number; height: number } {
  const chart = standaloneSvg(p.svg, 'none');
  const box = p.svg.getBoundingClientRect();
  const chartW = Math.max(1, Math.round(box.width));
  const chartH = Math.max(1, Math.round(box.height));
  const PAD = 16;
  const width = Math.max(chartW, 520) + PAD * 2;
  // Average glyph width of a sans-serif face is a little over half its size.
  const perLine = (size: number) => Math.floor((width - PAD * 2) / (size * 0.56));
  const parts: string[] = [];
  let y = PAD;
  const text = (line: string, size: number, fill: string, weight = 400) => {
    y += size * 1.3;
    parts.push(
      `<text x="${PAD}" y="${y - size * 0.3}" font-family="${escapeXml(p.font)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    );
  };
  for (const line of wrapText(p.title, perLine(18))) text(line, 18, p.foreground, 700);
  y += 8;
  // The chart's own <svg> nests as it is (its viewBox places the map's projected coordinates), moved into place.
  const place = (svgText: string, x: number, top: number) => svgText.replace(/^<svg/, `<svg x="${x}" y="${top}"`);
  parts.push(place(chart, PAD + Math.round((width - PAD * 2 - chartW) / 2), y));
  y += chartH + 8;
  for (const entry of p.legend) {
    const size = 13;
    const lines = wrapText(entry.label, perLine(size) - 5);
    if (entry.swatch) {
      parts.push(place(standaloneSvg(entry.swatch, 'none'), PAD, y + 3));
    }
    lines.forEach((line, i) => {
      const ly = y + size * 1.3 * (i + 1) - size * 0.3;
      parts.push(
        `<text x="${PAD + 32}" y="${ly + 3}" font-family="${escapeXml(p.font)}" font-size="${size}" fill="${p.foreground}">${escapeXml(line)}</text>`,
      );
    });
    y += Math.max(lines.length * size * 1.3, 20) + 4;
  }
  y += 6;
  for (const footer of p.footer) for (const line of wrapText(footer, perLine(12))) text(line, 12, p.muted);
  const height = Math.ceil(y + PAD);
  const svgText =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${p.background}"/>${parts.join('')}</svg>`;
  return { text: svgText, width, height };
}

export function downloadChartSvg(picture: ChartPicture, filename: string) {
  download(filename, composeChartSvg(picture).text, 'image/svg+xml');
}

/** Draws the composed picture on a canvas at twice the size, for sharp slides. */
export function downloadChartPng(picture: ChartPicture, filename: string) {
  const { text, width, height } = composeChartSvg(picture);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => blob && download(filename, blob, 'image/png'), 'image/png');
  };
  img.src = url;
}
