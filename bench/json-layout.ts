/**
 * JSON laid out the way Biome formats it (`npm run lint` checks bench/, results included): two-space
 * indentation, and an array of plain values on one line when that line fits in 120 columns.
 */

const VALUE = String.raw`(?:-?\d[\d.eE+-]*|"(?:[^"\\]|\\.)*"|true|false|null)`;
const PLAIN_ARRAY = new RegExp(String.raw`\[\n\s+(${VALUE}(?:,\n\s+${VALUE})*)\n\s*\]`, 'g');
const LINE_WIDTH = 120;

export function formatJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  const collapsed = text.replace(PLAIN_ARRAY, (match, items: string, offset: number) => {
    const oneLine = `[${items.split(/,\n\s+/).join(', ')}]`;
    const lineStart = text.lastIndexOf('\n', offset) + 1;
    const comma = text[offset + match.length] === ',' ? 1 : 0;
    return offset - lineStart + oneLine.length + comma <= LINE_WIDTH ? oneLine : match;
  });
  return `${collapsed}\n`;
}
