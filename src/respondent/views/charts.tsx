/**
 * Charts drawn on the server as SVG: no script, no style attributes (the CSP allows neither), only
 * presentation attributes. Each chart is an image with a title and a description; the table beside
 * it is the accessible form of the same figures, so the chart adds nothing a reader would miss.
 * Every bar carries its number as text: nothing is told by colour alone.
 */
import type { Child } from 'hono/jsx';

/** Text: near-black on white (19:1). Bars: a dark blue, 5.2:1 against white. */
const ink = '#0b0c0c';
const barFill = '#1d70b8';
const gridStroke = '#b1b4b6';
const fontSize = 14;

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as written beside the bar (e.g. "42 %"); the number itself when absent. */
  readonly text?: string;
}

/** Coordinates to a tenth of a unit: enough for any screen, and short in the HTML. */
const r1 = (n: number) => Math.round(n * 10) / 10;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` in at most `max` characters as a reader counts them (grapheme clusters, UAX #29), the last
 * one "…" when it is cut: an emoji, a flag or a letter with its accent is kept whole or left out.
 */
export function shorten(text: string, max: number): string {
  const shown: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (shown.length === max) {
      shown[max - 1] = '…';
      return shown.join('');
    }
    shown.push(segment);
  }
  return text;
}

/** An SVG image of `width` by `height` units, as wide as its column, named by its title and description. */
function Chart(props: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  children: Child;
}) {
  return (
    <figure class="chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        role="img"
        aria-labelledby={`${props.id}-title ${props.id}-desc`}
        viewBox={`0 0 ${props.width} ${props.height}`}
        width="100%"
        font-family="sans-serif"
        font-size={fontSize}
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.description}</desc>
        {props.children}
      </svg>
    </figure>
  );
}

/** Horizontal bars, one row per label, the value written after each bar. */
export function BarChart(props: { id: string; title: string; description: string; bars: readonly Bar[] }) {
  const rowHeight = 28;
  const labelWidth = 200;
  const valueWidth = 60;
  const width = 720;
  const plot = width - labelWidth - valueWidth;
  const height = Math.max(1, props.bars.length) * rowHeight + 8;
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  return (
    <Chart id={props.id} title={props.title} description={props.description} width={width} height={height}>
      <line x1={labelWidth} y1={0} x2={labelWidth} y2={height} stroke={ink} stroke-width={1} />
      {props.bars.map((bar, i) => {
        const y = i * rowHeight + 4;
        const length = Math.round((bar.value / max) * plot);
        return (
          <g>
            <text
              x={labelWidth - 8}
              y={y + rowHeight / 2}
              text-anchor="end"
              dominant-baseline="middle"
              fill={ink}
            >
              {shorten(bar.label, 26)}
            </text>
            <rect x={labelWidth} y={y + 4} width={length} height={rowHeight - 8} fill={barFill} />
            <text x={labelWidth + length + 6} y={y + rowHeight / 2} dominant-baseline="middle" fill={ink}>
              {bar.text ?? String(bar.value)}
            </text>
          </g>
        );
      })}
    </Chart>
  );
}

export interface Day {
  /** YYYY-MM-DD */
  readonly day: string;
  /** The day as a reader says it, for the axis. */
  readonly label: string;
  readonly value: number;
}

/**
 * One column per day, with a dashed vertical line and its label at the closing date when that day
 * is on the chart. Days without responses are zero columns, so the axis is time, evenly spaced.
 */
export function DayChart(props: {
  id: string;
  title: string;
  description: string;
  days: readonly Day[];
  marker?: { day: string; label: string } | undefined;
}) {
  const width = 720;
  const height = 260;
  const left = 48;
  const right = 16;
  const top = 28;
  const bottom = 40;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const n = Math.max(1, props.days.length);
  const step = plotWidth / n;
  const max = Math.max(1, ...props.days.map((d) => d.value));
  const y = (value: number) => r1(top + plotHeight - (value / max) * plotHeight);
  // Axis labels at most every ~90 px, always the first and the last day.
  const every = Math.max(1, Math.ceil(90 / step));
  const markerX = (index: number) => r1(left + index * step + step / 2);
  const markerIndex =
    props.marker === undefined ? -1 : props.days.findIndex((d) => d.day === props.marker?.day);
  return (
    <Chart id={props.id} title={props.title} description={props.description} width={width} height={height}>
      <line x1={left} y1={y(max)} x2={left + plotWidth} y2={y(max)} stroke={gridStroke} stroke-width={1} />
      <text x={left - 6} y={y(max)} text-anchor="end" dominant-baseline="middle" fill={ink}>
        {String(max)}
      </text>
      <text x={left - 6} y={y(0)} text-anchor="end" dominant-baseline="middle" fill={ink}>
        0
      </text>
      <line x1={left} y1={y(0)} x2={left + plotWidth} y2={y(0)} stroke={ink} stroke-width={1} />
      {props.days.map((d, i) => {
        const x = left + i * step;
        const barWidth = r1(Math.max(1, step * 0.8));
        const labelled = i % every === 0 || i === props.days.length - 1;
        return (
          <g>
            {d.value > 0 && (
              <rect
                x={r1(x + (step - barWidth) / 2)}
                y={y(d.value)}
                width={barWidth}
                height={y(0) - y(d.value)}
                fill={barFill}
              />
            )}
            {d.value > 0 && step >= 18 && (
              <text x={r1(x + step / 2)} y={y(d.value) - 4} text-anchor="middle" fill={ink}>
                {String(d.value)}
              </text>
            )}
            {labelled && (
              <text x={r1(x + step / 2)} y={height - bottom + 18} text-anchor="middle" fill={ink}>
                {d.label}
              </text>
            )}
          </g>
        );
      })}
      {markerIndex >= 0 && props.marker !== undefined && (
        <g>
          <line
            x1={markerX(markerIndex)}
            y1={top - 6}
            x2={markerX(markerIndex)}
            y2={y(0)}
            stroke={ink}
            stroke-width={2}
            stroke-dasharray="6 4"
          />
          <text
            x={markerIndex > props.days.length / 2 ? markerX(markerIndex) - 4 : markerX(markerIndex) + 4}
            y={top - 12}
            text-anchor={markerIndex > props.days.length / 2 ? 'end' : 'start'}
            fill={ink}
          >
            {props.marker.label}
          </text>
        </g>
      )}
    </Chart>
  );
}
