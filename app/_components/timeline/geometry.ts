// Vertical geometry of the drawing in pixels; horizontal positions stay percentages so the SVG
// stretches to any width while text keeps its size.
import type { LaneId, TimelineLayout } from "../../../lib/timeline";

export const ROW_HEIGHT = 28;
export const BAR_HEIGHT = 16;
const LANE_HEADER = 22;
const LANE_GAP = 8;
const AXIS_HEIGHT = 30;
export const PANEL_HEIGHT = 124;

export interface Geometry {
  laneTop: Record<LaneId, number>;
  /** Top of the first row of each lane. */
  rowsTop: Record<LaneId, number>;
  laneBottom: number;
  axisY: number;
  panelY: number;
  height: number;
}

export function geometryOf(layout: TimelineLayout): Geometry {
  const laneTop = {} as Record<LaneId, number>;
  const rowsTop = {} as Record<LaneId, number>;
  let y = 4;
  for (const lane of layout.lanes) {
    laneTop[lane.id] = y;
    rowsTop[lane.id] = y + LANE_HEADER;
    y += LANE_HEADER + lane.rows * ROW_HEIGHT + LANE_GAP;
  }
  const laneBottom = y - LANE_GAP;
  const axisY = laneBottom + 4;
  const panelY = axisY + AXIS_HEIGHT;
  return { laneTop, rowsTop, laneBottom, axisY, panelY, height: panelY + PANEL_HEIGHT };
}

/** The vertical centre of a row. */
export function rowCenter(geometry: Geometry, lane: LaneId, row: number): number {
  return geometry.rowsTop[lane] + row * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** A width fraction as an SVG percentage, rounded to keep the markup small. */
export function pct(fraction: number): string {
  return `${Math.round(fraction * 100_000) / 1000}%`;
}
