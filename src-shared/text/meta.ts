// A first guess at a document's title, year and region, from its title line
// (the user can correct them). Region is the most specific administrative
// unit the title names: `2021 年湖南省衡阳市人民政府工作报告` -> `衡阳市`,
// `2025年湖北省政府工作报告` -> `湖北省`. The national report, titled just
// `政府工作报告`, gets `中国`.
import type { DocumentMeta, TextModel } from '../model';
import { foldWidth } from './fold';
import { guessReport, type ReportGuess } from './report-guess';

/** Longest title guessed (characters). */
export const META_TITLE_MAX_CHARS = 100;

const PROVINCES = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
];

/** Short names (`湖北`, `广西`) to full names. */
const SHORT_PROVINCE = new Map(
  PROVINCES.map((full) => [
    full.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''),
    full,
  ]),
);

const UNIT_SUFFIX = /(?:市|县|区|州|盟|旗|自治州|自治县|地区|新区)$/;

function cap(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The title line as written, or null when the text starts without one (`各位代表：`, a heading). */
function titleLine(model: TextModel): string | null {
  const { text, blocks } = model;
  const block = blocks.find((b) => b.kind === 'title') ?? blocks[0];
  if (!block) return null;
  const line = text.slice(block.start, Math.min(block.end, block.start + 4 * META_TITLE_MAX_CHARS));
  return /报告|工作/.test(line) && !/^[一二三四五六七八九十]+、|各位代表/.test(line.trim()) ? line : null;
}

/** Who gives a report, as its region (`中国` for the State Council) and as a title says it (`国务院`). */
function speakerRegion(model: TextModel, guess: ReportGuess): { region: string; label: string } | null {
  if (guess.level === 'national') return { region: '中国', label: '国务院' };
  if (guess.level !== 'province' && guess.level !== 'city') return null;
  // A city's speaker may be a municipality's (`北京市`); other cities are not in the list.
  const names = [...SHORT_PROVINCE].filter(([, full]) => guess.level === 'province' || full.endsWith('市'));
  // A province's report names its province (`河南`, `河南省`) more than any other.
  const text = model.text;
  let best: string | null = null;
  let bestCount = 2;
  for (const [short, full] of names) {
    let count = 0;
    for (let at = text.indexOf(short); at >= 0 && count < 1000; at = text.indexOf(short, at + short.length))
      count++;
    if (count > bestCount) {
      best = full;
      bestCount = count;
    }
  }
  return best ? { region: best, label: best } : null;
}

const SALUTATION_LINE = /^(?:各位代表|各位委员|同志们)[，,：:！!]?$/;

function titleOf(model: TextModel, fileName: string): string {
  const { text, blocks } = model;
  const first = blocks[0];
  const titled = blocks.find((b) => b.kind === 'title') ?? (first?.kind === 'heading' ? first : undefined);
  const block = titled ?? first;
  // A subtitle after a dash (`……工作报告——2021 年 1 月 18 日在……`) is not part of the title.
  const line = block
    ? text
        .slice(block.start, Math.min(block.end, block.start + 4 * META_TITLE_MAX_CHARS))
        .trim()
        .replace(/^(.{4,}?)\s*(?:——|—|－－).*$/s, '$1')
    : '';
  // A salutation (`各位代表：`) names no report: the file's name says more.
  if (line && !SALUTATION_LINE.test(line)) return cap(line.replace(/\s+/g, ' '), META_TITLE_MAX_CHARS);
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .trim();
  return cap(base || fileName, META_TITLE_MAX_CHARS);
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A year 1900–2199 in the text: `2021`, `２０２１`, `二〇二一年`. */
export function findYear(text: string): number | null {
  const folded = foldWidth(text);
  const arabic = /(?<![0-9])(19[0-9]{2}|2[01][0-9]{2})(?![0-9])/.exec(folded);
  if (arabic?.[1]) return Number(arabic[1]);
  const chinese = /([一二][〇零○Ｏ九][〇零○Ｏ一二三四五六七八九]{2})年/.exec(text);
  if (chinese?.[1]) {
    const year = [...chinese[1]].reduce((n, ch) => n * 10 + (CN_DIGIT[ch] ?? 0), 0);
    if (year >= 1900 && year < 2200) return year;
  }
  return null;
}

/** The region a report's title names, or null; `中国` for the national report. */
export function findRegion(title: string): string | null {
  const compact = title.replace(/\s+/g, '').replace(/[（(【[]?[0-9０-９一二〇零○]{4}年度?[）)】\]]?/g, '');
  const at = compact.search(/(?:人民政府|政府)工作报告/);
  if (at < 0) return null;
  let prefix = compact.slice(0, at);
  if (prefix === '' || prefix === '国务院' || prefix === '中华人民共和国') return '中国';
  let province: string | null = null;
  for (const full of PROVINCES) {
    if (prefix.startsWith(full)) {
      province = full;
      prefix = prefix.slice(full.length);
      break;
    }
  }
  if (!province) {
    for (const [short, full] of SHORT_PROVINCE) {
      if (prefix.startsWith(short) && (prefix.length === short.length || !UNIT_SUFFIX.test(prefix))) {
        province = full;
        prefix = prefix.slice(short.length);
        break;
      }
    }
  }
  if (prefix.length >= 2 && prefix.length <= 12 && UNIT_SUFFIX.test(prefix)) return prefix;
  return province;
}

export function guessMeta(model: TextModel, fileName: string): DocumentMeta {
  const guess = guessReport(model);
  const speaker = speakerRegion(model, guess);
  if (titleLine(model) === null && (guess.year !== null || speaker)) {
    // No title line (a web copy starting at `各位代表：`): say what the structure tells.
    const what = [guess.year, speaker?.label].filter((x) => x !== null && x !== undefined).join('，');
    return { title: `政府工作报告（${what}）`, year: guess.year, region: speaker?.region ?? null };
  }
  const title = titleOf(model, fileName);
  const year = findYear(title) ?? guess.year;
  return { title, year, region: findRegion(title) ?? speaker?.region ?? null };
}

/** Titles tools write into a PDF's metadata that name no document. */
const EMPTY_TITLES =
  /^(?:untitled|无标题|未命名|document\d*|文档\d*|slide \d+|powerpoint presentation|print|title)$/i;

/**
 * A PDF's metadata title as a document title, or null when it names nothing:
 * the converter's prefix (`Microsoft Word - `) and a file extension dropped.
 */
export function cleanPdfTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const title = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^Microsoft (?:Word|PowerPoint|Excel) - /i, '')
    .replace(/\.(?:docx?|pptx?|xlsx?|wps|pdf|txt|indd|tex)$/i, '')
    .trim();
  if (title.length < 2 || EMPTY_TITLES.test(title) || !/[\p{L}]/u.test(title)) return null;
  // What a converter left from its input file's name (`report.html`) names no document.
  if (/^\S+\.[A-Za-z][A-Za-z0-9]{1,4}$/.test(title)) return null;
  return cap(title, META_TITLE_MAX_CHARS);
}
