import { shownText } from "../domain/shown-text";
/**
 * Small SVG charts as strings, for the self-contained board report: no script, no font, no image
 * is fetched. Every chart has a title, axis labels and a text alternative (`<title>` and `<desc>`),
 * and every drawn datum carries `class="mark"` so a test can count them.
 */

export interface Series {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
}

export interface ChartText {
  readonly id: string;
  readonly title: string;
  /** The text alternative: what the chart shows, in words and numbers. */
  readonly description: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly format: (value: number) => string;
}

const WIDTH = 560;
const HEIGHT = 280;
const MARGIN = { top: 20, right: 16, bottom: 56, left: 100 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/** Escapes text for SVG and HTML. */
export function escapeXml(text: string): string {
  // Every text the board report shows passes here, so here it passes the one gate (issue 10).
  return shownText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** "Nice" round ticks from 0 to at least `max` (1, 2 or 5 times a power of ten apart). */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step * 0.999; tick += step) ticks.push(+tick.toPrecision(12));
  return ticks;
}

function frame(text: ChartText, body: string, legend: readonly Series[], ticks: readonly number[]): string {
  const top = ticks[ticks.length - 1]!;
  const y = (value: number) => MARGIN.top + PLOT_H - (value / top) * PLOT_H;
  const grid = ticks
    .map((tick) => `<line x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${y(tick)}" y2="${y(tick)}" class="grid"/><text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end" class="tick">${escapeXml(text.format(tick))}</text>`)
    .join("");
  // Legend entries side by side, each as wide as its text (about 6 px a character at 10 px).
  let legendX = MARGIN.left;
  const legendItems = legend
    .map((series) => {
      const item = `<rect x="${legendX}" y="${HEIGHT - 16}" width="10" height="10" fill="${series.colour}"/><text x="${legendX + 14}" y="${HEIGHT - 7}" class="legend">${escapeXml(series.name)}</text>`;
      legendX += 30 + series.name.length * 6;
      return item;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc" class="chart">` +
    `<title id="${text.id}-title">${escapeXml(text.title)}</title><desc id="${text.id}-desc">${escapeXml(text.description)}</desc>` +
    grid +
    `<text x="14" y="${MARGIN.top + PLOT_H / 2}" transform="rotate(-90 14 ${MARGIN.top + PLOT_H / 2})" text-anchor="middle" class="axis">${escapeXml(text.yLabel)}</text>` +
    `<text x="${MARGIN.left + PLOT_W / 2}" y="${HEIGHT - 26}" text-anchor="middle" class="axis">${escapeXml(text.xLabel)}</text>` +
    body + legendItems + `</svg>`;
}

function categoryLabels(categories: readonly string[]): string {
  const band = PLOT_W / Math.max(1, categories.length);
  return categories.map((label, index) => `<text x="${MARGIN.left + band * (index + 0.5)}" y="${MARGIN.top + PLOT_H + 16}" text-anchor="middle" class="tick">${escapeXml(label)}</text>`).join("");
}

/** Bars side by side per category, or stacked when `stacked`. */
export function barChart(text: ChartText, categories: readonly string[], series: readonly Series[], stacked = false): string {
  const totals = categories.map((_, index) => (stacked ? series.reduce((sum, s) => sum + (s.values[index] ?? 0), 0) : Math.max(0, ...series.map((s) => s.values[index] ?? 0))));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1]!;
  const band = PLOT_W / Math.max(1, categories.length);
  const barWidth = stacked ? band * 0.6 : (band * 0.8) / series.length;
  const bars: string[] = [];
  categories.forEach((category, index) => {
    let base = 0;
    series.forEach((s, k) => {
      const value = s.values[index];
      if (value === null || value === undefined) return;
      const height = (value / top) * PLOT_H;
      const x = MARGIN.left + band * index + (stacked ? band * 0.2 : band * 0.1 + barWidth * k);
      const yTop = MARGIN.top + PLOT_H - (stacked ? ((base + value) / top) * PLOT_H : height);
      bars.push(`<rect class="mark" x="${x.toFixed(1)}" y="${yTop.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.max(0, height).toFixed(1)}" fill="${s.colour}"><title>${escapeXml(`${category}, ${s.name}: ${text.format(value)}`)}</title></rect>`);
      if (stacked) base += value;
    });
  });
  return frame(text, bars.join("") + categoryLabels(categories), series, ticks);
}

/** Lines with markers; `points` are single marked values (the exit checkpoints' thresholds). */
export function lineChart(text: ChartText, categories: readonly string[], series: readonly Series[], points: readonly Series[] = []): string {
  const all = [...series, ...points].flatMap((s) => s.values.filter((value): value is number => value !== null));
  const ticks = niceTicks(Math.max(0, ...all));
  const top = ticks[ticks.length - 1]!;
  const band = PLOT_W / Math.max(1, categories.length);
  const x = (index: number) => MARGIN.left + band * (index + 0.5);
  const y = (value: number) => MARGIN.top + PLOT_H - (value / top) * PLOT_H;
  const lines = series.map((s) => {
    const path = s.values.map((value, index) => (value === null ? "" : `${x(index).toFixed(1)},${y(value).toFixed(1)}`)).filter(Boolean).join(" ");
    const dots = s.values.map((value, index) => (value === null ? "" : `<circle class="mark" cx="${x(index).toFixed(1)}" cy="${y(value).toFixed(1)}" r="3.5" fill="${s.colour}"><title>${escapeXml(`${categories[index]}, ${s.name}: ${text.format(value)}`)}</title></circle>`)).join("");
    return `<polyline points="${path}" fill="none" stroke="${s.colour}" stroke-width="2"/>${dots}`;
  });
  const marked = points.map((s) => s.values.map((value, index) => (value === null ? "" :
    `<path class="mark" d="M${x(index) - 6},${y(value)} l6,-6 l6,6 l-6,6 z" fill="${s.colour}"><title>${escapeXml(`${categories[index]}, ${s.name}: ${text.format(value)}`)}</title></path>`)).join(""));
  return frame(text, lines.join("") + marked.join("") + categoryLabels(categories), [...series, ...points], ticks);
}
