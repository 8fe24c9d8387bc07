import { describe, expect, test } from 'vitest';
import { cycleLayout, gridLayout, labelLines, polyline } from '../../src/domain/diagrams.ts';

describe('diagram layouts', () => {
  test('gridLayout: bar heights follow the levels, columns split the width', () => {
    const grid = gridLayout(['A', 'B'], [{ label: 'Rest', levels: [3, 0] }], { width: 200, barHeight: 30, gap: 0 });
    expect(grid.columns.map((c) => [c.x, c.width])).toEqual([
      [0, 100],
      [100, 100],
    ]);
    const [full, empty] = grid.rows[0]!.cells;
    expect(full!.height).toBe(30);
    expect(empty!.height).toBe(0);
    expect(full!.y + full!.height).toBe(empty!.y + empty!.height);
  });

  test('gridLayout clamps levels to 0..3', () => {
    const cells = gridLayout(['A', 'B'], [{ label: 'x', levels: [9, -2] }], { barHeight: 30 }).rows[0]!.cells;
    expect(cells.map((c) => c.height)).toEqual([30, 0]);
  });

  test('cycleLayout: on, gap, on; longer max minutes draw a longer bar', () => {
    const short = cycleLayout(10, 2);
    const long = cycleLayout(20, 2);
    expect(short.map((s) => s.kind)).toEqual(['on', 'off', 'on']);
    expect(long[0]!.width).toBeGreaterThan(short[0]!.width);
    expect(long[0]!.label).toBe('up to 20 min');
    expect(long[1]!.label).toBe('at least 2 hours off');
    expect(long[2]!.x).toBe(long[0]!.width + long[1]!.width);
  });

  test('polyline joins points', () => {
    expect(
      polyline([
        [0, 0],
        [10, 5],
      ]),
    ).toBe('M0 0 L10 5');
  });
});

describe('labelLines', () => {
  test('splits a label at its first space into at most two lines', () => {
    expect(labelLines('Days 3–7')).toEqual(['Days', '3–7']);
    expect(labelLines('Weeks 2 to 6')).toEqual(['Weeks', '2 to 6']);
  });
  test('keeps a one-word label on one line', () => {
    expect(labelLines(' Hours ')).toEqual(['Hours']);
  });
});
