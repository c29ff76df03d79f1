import type { ChartFill } from "../charts/chart-spec.ts";
import type { FillStyle } from "../charts/to-chart-config.ts";

// Each fill differs in pattern as well as colour, so the series can be told apart in greyscale;
// every colour has at least 3:1 contrast against white (WCAG 1.4.11).
const colours: Record<ChartFill, string> = { solid: "#1d4f91", stripes: "#a1400c", dots: "#4b3a8c" };

/** A 12×12 tile repeated across a bar: diagonal stripes or dots on white. */
function pattern(fill: Exclude<ChartFill, "solid">): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = 12;
  tile.height = 12;
  const ctx = tile.getContext("2d");
  if (!ctx) return colours[fill];
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, 12, 12);
  ctx.strokeStyle = colours[fill];
  ctx.fillStyle = colours[fill];
  if (fill === "stripes") {
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(-3, 3);
    ctx.lineTo(3, -3);
    ctx.moveTo(0, 12);
    ctx.lineTo(12, 0);
    ctx.moveTo(9, 15);
    ctx.lineTo(15, 9);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(3, 3, 2.2, 0, Math.PI * 2);
    ctx.arc(9, 9, 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, "repeat") ?? colours[fill];
}

/** The fills for every chart on the page, made once. */
export function makeFills(): Record<ChartFill, FillStyle<CanvasPattern>> {
  return {
    solid: { background: colours.solid, border: colours.solid },
    stripes: { background: pattern("stripes"), border: colours.stripes },
    dots: { background: pattern("dots"), border: colours.dots },
  };
}
