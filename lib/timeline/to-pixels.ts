/** A width fraction from the layout, in pixels of a plot `width` wide that starts at `left`. */
export function toPixels(fraction: number, width: number, left = 0): number {
  return left + fraction * width;
}
