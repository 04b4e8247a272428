// The chart of one indicator across regions and years, as an ECharts option:
// bars for the regions in one year (targets and results side by side), or one
// line per region over the years (results solid, targets dashed). Pure.
import type { Across } from '@shared/compare';

export interface AcrossLabels {
  target: string;
  actual: string;
  unit: string;
}

export type AcrossMode = 'bars' | 'lines';

const RESULT = '#2f6fb0';
const TARGET = '#d08a1e';

export function acrossOption(data: Across, mode: AcrossMode, year: number | null, labels: AcrossLabels) {
  const axisName = labels.unit;
  if (mode === 'bars') {
    const pts = data.points.filter((p) => p.year === year);
    const regions = [...new Set(pts.map((p) => p.region))];
    const valueOf = (region: string, status: 'target' | 'actual') =>
      pts.find((p) => p.region === region && p.status === status)?.value ?? null;
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [labels.actual, labels.target] },
      grid: { left: 56, right: 16, top: 40, bottom: 80 },
      xAxis: {
        type: 'category',
        data: regions,
        axisLabel: { rotate: regions.length > 8 ? 45 : 0, interval: 0 },
      },
      yAxis: { type: 'value', name: axisName },
      series: [
        {
          name: labels.actual,
          type: 'bar',
          itemStyle: { color: RESULT },
          data: regions.map((r) => valueOf(r, 'actual')),
        },
        {
          name: labels.target,
          type: 'bar',
          itemStyle: {
            color: TARGET,
            decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: -0.8 },
          },
          data: regions.map((r) => valueOf(r, 'target')),
        },
      ],
    };
  }
  const years = data.years.map(String);
  const series = data.regions.flatMap((region) =>
    (['actual', 'target'] as const).flatMap((status) => {
      const pts = data.points.filter((p) => p.region === region && p.status === status);
      if (!pts.length) return [];
      return [
        {
          name: `${region} ${status === 'target' ? labels.target : labels.actual}`,
          type: 'line',
          connectNulls: true,
          symbol: status === 'target' ? 'emptyCircle' : 'circle',
          lineStyle: { type: status === 'target' ? 'dashed' : 'solid', width: 2 },
          data: data.years.map((y) => pts.find((p) => p.year === y)?.value ?? null),
        },
      ];
    }),
  );
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: axisName, scale: true, min: lineAxisMin },
    series,
  };
}

/**
 * The bottom of the line chart's axis: below the lowest point by a round step,
 * so a point at the lowest value is not drawn on the axis line itself (a 7.5%
 * target sat on the x axis and could not be seen).
 */
export function lineAxisMin({ min, max }: { min: number; max: number }): number {
  const pad = Math.max((max - min) * 0.15, Math.abs(min) * 0.02, 1e-9);
  const step = 10 ** Math.ceil(Math.log10(pad));
  const bottom = Math.floor((min - pad) / step) * step;
  // Rounded to the step's digits (no 6.999999999); never below zero for values that are not.
  const rounded = Number(bottom.toFixed(Math.max(0, -Math.floor(Math.log10(step)))));
  return min >= 0 ? Math.max(0, rounded) : rounded;
}
