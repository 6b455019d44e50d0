// Greedy interval packing: each block takes the lowest rows that are free over its interval.

export interface Block {
  start: number;
  end: number;
  /** Consecutive rows the block needs. */
  height: number;
}

/** The first row of each block (in input order) and the rows used; blocks are placed by start time. */
export function packRows(blocks: readonly Block[]): { rows: number[]; count: number } {
  const order = blocks.map((_, i) => i).sort((a, b) => blocks[a].start - blocks[b].start);
  const busyUntil: number[] = [];
  const rows = new Array<number>(blocks.length).fill(0);
  for (const i of order) {
    const { start, end, height } = blocks[i];
    let row = 0;
    while (!fits(busyUntil, row, height, start)) row++;
    for (let r = row; r < row + height; r++) busyUntil[r] = end;
    rows[i] = row;
  }
  return { rows, count: Math.max(1, busyUntil.length) };
}

function fits(busyUntil: number[], row: number, height: number, start: number): boolean {
  for (let r = row; r < row + height; r++) {
    const until = busyUntil[r];
    // Touching is fine (one request ends as the next starts); overlapping is not.
    if (until !== undefined && until > start) return false;
  }
  return true;
}
