import type { Star } from './label-layout.js';

/** The ten corners of a five-pointed star, point up, as `[x0, y0, x1, y1, …]` in mm. */
export function starPoints(star: Star): number[] {
  const points: number[] = [];
  const inner = star.radius * 0.382; // the regular pentagram's ratio, (3 - √5) / 2
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? star.radius : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(star.cx + radius * Math.cos(angle), star.cy + radius * Math.sin(angle));
  }
  return points;
}
