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
    yAxis: { type: 'value', name: axisName, scale: true },
    series,
  };
}
