// Bytes of a text file to a string, guessing the encoding: a BOM; UTF-16
// without one (from where its NUL bytes fall); valid UTF-8; otherwise
// GB18030 (which also reads GBK and GB2312) or Big5, whichever decodes to
// more of the characters Chinese text is made of. TextDecoder only, so the
// same code runs in the renderer and in Node.
import { AppError } from '../errors';
import { isSpaceCode } from './chars';

export interface DecodedText {
  text: string;
  /** WHATWG encoding name: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030' or 'big5'. */
  encoding: string;
}

/** Bytes looked at to guess an encoding; the whole file is decoded once it is chosen. */
const SAMPLE_BYTES = 64 * 1024;

// Characters frequent in Chinese prose, in simplified and traditional forms.
// Legacy bytes decoded with the wrong table give rare characters instead.
const COMMON = new Set([
  ...'的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐',
  ...'這個們來為國說時會對發過經動後現麼學沒開點業兩問長與機無頭實體樣間當進還種應關從著將聽聲條從電數報結變無軍總們區樂論隊雖義處發員義則親氣資認務場計達萬領線話讓導運飛風華書記邊覽權廣產製際請設輕歷區勞師傳觀買賣軟讀識誰顯醫層館響華問題擊團隊張門議詞邊選隨調價錢網團視術決設轉鐵護',
]);

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** UTF-8 is decoded in steps of this many bytes, so a long file can report progress. */
const UTF8_STEP = 4 * 1024 * 1024;

export type DecodeProgress = (fraction: number) => void;

/** The text if the bytes are valid UTF-8, else null. */
function tryUtf8(bytes: Uint8Array, onProgress?: DecodeProgress): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  try {
    for (let at = 0; at < bytes.length; at += UTF8_STEP) {
      const end = Math.min(bytes.length, at + UTF8_STEP);
      parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
      onProgress?.(end / bytes.length);
    }
    return parts.join('');
  } catch {
    return null;
  }
}

/** 'utf-16le' / 'utf-16be' when NUL bytes fall (almost) only on odd / even positions. */
function utf16ByNuls(sample: Uint8Array): string | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return null;
  // ASCII and line ends in UTF-16 put a NUL in every such pair; Chinese text has at least its newlines.
  if (odd >= Math.max(1, pairs * 0.01) && even <= odd * 0.05) return 'utf-16le';
  if (even >= Math.max(1, pairs * 0.01) && odd <= even * 0.05) return 'utf-16be';
  return null;
}

interface HanCounts {
  han: number;
  common: number;
  bad: number;
}

function countHan(text: string): HanCounts {
  const counts = { han: 0, common: 0, bad: 0 };
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfffd) counts.bad++;
    else if (code >= 0x3400 && code <= 0x9fff) {
      counts.han++;
      if (COMMON.has(ch)) counts.common++;
    }
  }
  return counts;
}

/** Share of Han characters that are common ones (about 0.8 in a report), less a penalty for undecodable bytes. */
function chineseScore(text: string): number {
  const { han, common, bad } = countHan(text);
  return common / Math.max(1, han) - (5 * bad) / Math.max(1, text.length);
}

/**
 * Whether UTF-16 guessed from NUL bytes reads as text: bytes of other kinds
 * paired up make Han characters too, but hardly ever common ones.
 */
function plausibleUtf16(sample: Uint8Array, encoding: string): boolean {
  const { han, common } = countHan(decodeWith(encoding, sample));
  return han < 20 || common / han >= 0.2;
}

function legacyChinese(sample: Uint8Array): string {
  const gb = chineseScore(decodeWith('gb18030', sample));
  const big5 = chineseScore(decodeWith('big5', sample));
  return big5 > gb ? 'big5' : 'gb18030';
}

function decodeDetected(bytes: Uint8Array, onProgress?: DecodeProgress): DecodedText {
  const [b0, b1, b2] = bytes;
  const decode = (encoding: string, skip: number) => ({
    // ignoreBOM keeps a BOM we did not expect; one we saw is skipped by hand.
    text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip)),
    encoding,
  });
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode('utf-8', 3);
  if (b0 === 0xff && b1 === 0xfe) return decode('utf-16le', 2);
  if (b0 === 0xfe && b1 === 0xff) return decode('utf-16be', 2);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) {
    const utf16 = utf16ByNuls(sample);
    if (utf16 && plausibleUtf16(sample, utf16)) return decode(utf16, 0);
    throw new AppError('binary-file');
  }
  const utf8 = tryUtf8(bytes, onProgress);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return decode(legacyChinese(sample), 0);
}

/**
 * Binary content that decoded anyway: NUL or other control characters
 * (beyond tab, line ends, form feed and escape), or mostly undecodable bytes.
 */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 1 << 20);
  let control = 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f)
      control++;
    else if (c === 0xfffd) bad++;
  }
  return control > Math.max(8, n * 0.01) || bad > Math.max(16, n * 0.1);
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Decodes a text file. Throws AppError 'empty-file' (no bytes, or only
 * whitespace) or 'binary-file'. The BOM is removed; line ends are kept.
 */
export function decodeText(bytes: Uint8Array, onProgress?: DecodeProgress): DecodedText {
  if (bytes.length === 0) throw new AppError('empty-file');
  const decoded = decodeDetected(bytes, onProgress);
  const { encoding } = decoded;
  let { text } = decoded;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) throw new AppError('binary-file');
  if (isBlank(text)) throw new AppError('empty-file');
  return { text, encoding };
}
