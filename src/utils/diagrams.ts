/** Pure layout maths for the SVG diagrams, so they are drawn from content data and can be tested. */

export interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
  level: number;
}

export interface GridLayout {
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  columns: { x: number; width: number; label: string }[];
  rows: { y: number; height: number; label: string; cells: Cell[] }[];
}

/**
 * A grid of rows (lanes) and columns (phases); each cell shows a level from
 * 0 to 3 as how full its bar is.
 */
export function gridLayout(
  columnLabels: readonly string[],
  rows: readonly { label: string; levels: readonly number[] }[],
  { width = 640, labelWidth = 150, headerHeight = 44, rowHeight = 52, gap = 6 } = {},
): GridLayout {
  const columnWidth = (width - labelWidth) / columnLabels.length;
  const columns = columnLabels.map((label, index) => ({ x: labelWidth + index * columnWidth, width: columnWidth, label }));
  return {
    width,
    height: headerHeight + rows.length * rowHeight,
    labelWidth,
    headerHeight,
    columns,
    rows: rows.map((row, rowIndex) => {
      const y = headerHeight + rowIndex * rowHeight;
      return {
        y,
        height: rowHeight,
        label: row.label,
        cells: row.levels.map((level, index) => {
          const column = columns[index]!;
          const full = rowHeight - gap * 2;
          const height = Math.round((full * Math.max(0, Math.min(3, level))) / 3);
          return { x: column.x + gap / 2, y: y + gap + (full - height), width: column.width - gap, height, level };
        }),
      };
    }),
  };
}

export interface CycleSegment {
  kind: 'on' | 'off';
  x: number;
  width: number;
  label: string;
}

/**
 * One on-off-on cycle for ice or heat. The "on" bar's length is its longest
 * time; the "off" gap has no fixed length (wait until the skin is normal), so
 * it is drawn at a set width.
 */
export function cycleLayout(maxMinutes: number, { width = 600, pxPerMinute = 10, gapWidth = 160 } = {}): CycleSegment[] {
  const on = Math.min(maxMinutes * pxPerMinute, (width - gapWidth) / 2);
  return [
    { kind: 'on', x: 0, width: on, label: `up to ${maxMinutes} min` },
    { kind: 'off', x: on, width: gapWidth, label: 'skin back to normal' },
    { kind: 'on', x: on + gapWidth, width: on, label: 'again if it helps' },
  ];
}

/** An SVG path through points: "M x y L x y ...". */
export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}
