// `npm run bench`: speed figures, each printed beside a baseline measured in
// the same run on the same machine (so the numbers compare, whatever the machine).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildTextModel, decodeText, findAll } from '../../src-shared/text';
import { extract } from '../../src-shared/indicators';
import { anchor, describeRange } from '../../src-shared/anchoring';

const ROOT = resolve(import.meta.dirname, '../..');
const sampleBytes = readFileSync(join(ROOT, 'tests/fixtures/hengyang-2021.txt'));
const gbBytes = readFileSync(join(ROOT, 'tests/fixtures/hengyang-2021.gb18030.txt'));
const sample = sampleBytes.toString('utf8');

function repeatTo(text: string, bytes: number): string {
  const copies = Math.ceil(bytes / Buffer.byteLength(text));
  return Array.from({ length: copies }, () => text).join('\n\n');
}

/** Median milliseconds of `runs` calls. */
function time(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function row(name: string, ms: number, baselineName: string, baselineMs: number, mb?: number): void {
  const rate = mb ? `  ${(mb / (ms / 1000)).toFixed(1)} MB/s` : '';
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms${rate}   | ${baselineName}: ${baselineMs.toFixed(2)} ms (x${(ms / Math.max(baselineMs, 0.001)).toFixed(1)})`,
  );
}

const big = repeatTo(sample, 2 * 1024 * 1024);
const bigMb = Buffer.byteLength(big) / 1024 / 1024;
const bigModel = buildTextModel(big);

console.log(
  `ReportLens benchmarks (node ${process.version}); text of ${bigMb.toFixed(1)} MB = the sample repeated\n`,
);
row(
  'build text model, sample (56 KB)',
  time(20, () => buildTextModel(sample)),
  'split lines',
  time(20, () => sample.split('\n').map((l) => l.trim())),
);
row(
  'build text model, 2 MB',
  time(5, () => buildTextModel(big)),
  'split lines',
  time(5, () => big.split('\n').map((l) => l.trim())),
  bigMb,
);
row(
  'decode GB18030 sample (detect + decode)',
  time(20, () => decodeText(gbBytes)),
  'TextDecoder gb18030 alone',
  time(20, () => new TextDecoder('gb18030').decode(gbBytes)),
);
const needle = '地区生产总值';
row(
  `find "${needle}" in 2 MB (${findAll(bigModel.text, needle).length} hits)`,
  time(5, () => findAll(bigModel.text, needle)),
  'String.indexOf loop',
  time(5, () => {
    let n = 0;
    for (let i = bigModel.text.indexOf(needle); i >= 0; i = bigModel.text.indexOf(needle, i + 1)) n++;
    return n;
  }),
  bigMb,
);
row(
  `extract indicators, 2 MB (${extract(bigModel).length} found)`,
  time(3, () => extract(bigModel)),
  'find one phrase',
  time(3, () => findAll(bigModel.text, needle)),
  bigMb,
);

// Large inputs the unit tests check for correctness only (their speed lives here).
const hugeUnit =
  '（一）应对大战大考，统筹疫情防控。1.7万个党组织冲锋在前，3万多名干部坚守防线\n\n，75万名群众积极参与。\r\n';
const huge = hugeUnit.repeat(Math.ceil((20 * 1024 * 1024) / hugeUnit.length));
row(
  'build text model, 20 MB',
  time(1, () => buildTextModel(huge)),
  'split lines',
  time(1, () => huge.split('\n').map((l) => l.trim())),
  Buffer.byteLength(huge) / 1024 / 1024,
);

const para = (i: number) =>
  `第${i}段：${'推动经济社会高质量发展'.slice(i % 7)}，项目${i * 37}个，投资${i * 13}.5亿元。`;
const longText = Array.from({ length: 20_000 }, (_, i) => para(i)).join('\n');
const selStart = longText.indexOf('第2000段');
const selEnd = longText.indexOf('第9000段');
const target = describeRange(longText, selStart, selEnd);
const edited = `序言\n${longText.slice(0, selStart + 50_000)}（有修改）${longText.slice(selStart + 50_000)}`;
row(
  `anchor a ${target.quote.length.toLocaleString('en')}-character selection, one edit in it`,
  time(3, () => anchor(edited, target)),
  'indexOf of its first 32 characters',
  time(3, () => edited.indexOf(target.quote.slice(0, 32))),
);
