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
  headerHeight: number;
  columns: { x: number; width: number; label: string }[];
  rows: { y: number; labelY: number; barTop: number; barHeight: number; label: string; cells: Cell[] }[];
}

/**
 * Rows (lanes) of bars under column headings (phases). Each row has its
 * label on its own line above the bars, so the drawing stays readable on a
 * narrow phone. A bar's height shows a level from 0 to 3.
 */
export function gridLayout(
  columnLabels: readonly string[],
  rows: readonly { label: string; levels: readonly number[] }[],
  { width = 400, headerHeight = 30, labelHeight = 24, barHeight = 36, rowGap = 10, gap = 4 } = {},
): GridLayout {
  const columnWidth = width / columnLabels.length;
  const columns = columnLabels.map((label, index) => ({ x: index * columnWidth, width: columnWidth, label }));
  const rowHeight = labelHeight + barHeight + rowGap;
  return {
    width,
    height: headerHeight + rows.length * rowHeight,
    headerHeight,
    columns,
    rows: rows.map((row, rowIndex) => {
      const top = headerHeight + rowIndex * rowHeight;
      const barTop = top + labelHeight;
      return {
        y: top,
        labelY: top + labelHeight - 7,
        barTop,
        barHeight,
        label: row.label,
        cells: row.levels.map((level, index) => {
          const column = columns[index]!;
          const height = Math.round((barHeight * Math.max(0, Math.min(3, level))) / 3);
          return { x: column.x + gap / 2, y: barTop + (barHeight - height), width: column.width - gap, height, level };
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
 * time; the "off" gap (at least gapHours, and until the skin is normal) is far
 * longer, so it is drawn at a set width rather than to scale.
 */
export function cycleLayout(
  maxMinutes: number,
  gapHours: number,
  { width = 420, pxPerMinute = 7, gapWidth = 170 } = {},
): CycleSegment[] {
  const on = Math.min(maxMinutes * pxPerMinute, (width - gapWidth) / 2);
  return [
    { kind: 'on', x: 0, width: on, label: `up to ${maxMinutes} min` },
    { kind: 'off', x: on, width: gapWidth, label: `at least ${gapHours} hours off` },
    { kind: 'on', x: on + gapWidth, width: on, label: 'next go' },
  ];
}

/** An SVG path through points: "M x y L x y ...". */
export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}

/**
 * A column label split into at most two lines at its first space ("Days 3–7"
 * becomes "Days", "3–7"), so labels fit narrow columns and never run into
 * each other.
 */
export function labelLines(label: string): string[] {
  const text = label.trim();
  const space = text.indexOf(' ');
  return space === -1 ? [text] : [text.slice(0, space), text.slice(space + 1)];
}
