import { describe, expect, it } from 'vitest';
import {
  blockQuote,
  closeFences,
  escapeInline,
  escapeLine,
  tagLine,
  tagText,
} from '../../../src-shared/export/markdown-escape';

describe('escapeInline', () => {
  it('leaves ordinary Chinese text and numbers alone', () => {
    expect(escapeInline('地方税收收入达 113.87 亿元，增长 18.4%。')).toBe(
      '地方税收收入达 113.87 亿元，增长 18.4%。',
    );
  });
  it('escapes emphasis, code, links, HTML, tags and math', () => {
    expect(escapeInline('*重点* _项目_ `代码` [链接](x) <b> #1 $5 \\')).toBe(
      '\\*重点\\* \\_项目\\_ \\`代码\\` \\[链接\\](x) \\<b> \\#1 \\$5 \\\\',
    );
  });
  it('breaks Obsidian strike, highlight and comment markers', () => {
    expect(escapeInline('~~删~~ ==亮== %%注%%')).toBe('~\\~删~\\~ =\\=亮=\\= %\\%注%\\%');
  });
});

describe('escapeLine', () => {
  it('escapes what starts a quote, a list, a rule or a heading', () => {
    expect(escapeLine('> 引用')).toBe('\\> 引用');
    expect(escapeLine('- 列表')).toBe('\\- 列表');
    expect(escapeLine('+ 列表')).toBe('\\+ 列表');
    expect(escapeLine('---')).toBe('\\---');
    expect(escapeLine('===')).toBe('\\=\\==');
    expect(escapeLine('# 标题')).toBe('\\# 标题');
    expect(escapeLine('1. 第一')).toBe('1\\. 第一');
    expect(escapeLine('2021) 年')).toBe('2021\\) 年');
  });
  it('leaves numbers that start no list alone', () => {
    expect(escapeLine('1.加快发展')).toBe('1.加快发展');
    expect(escapeLine('7.4%')).toBe('7.4%');
  });
  it('trims the line, so indentation makes no code block', () => {
    expect(escapeLine('    缩进的一行  ')).toBe('缩进的一行');
  });
});

describe('blockQuote', () => {
  it('prefixes every line and separates paragraphs', () => {
    expect(blockQuote('第一段。\n第二段。\r\n\n第三段。')).toEqual([
      '> 第一段。',
      '>',
      '> 第二段。',
      '>',
      '> 第三段。',
    ]);
  });
  it('escapes each line and gives nothing for blank text', () => {
    expect(blockQuote('> 不是引用\n# 不是标题')).toEqual(['> \\> 不是引用', '>', '> \\# 不是标题']);
    expect(blockQuote(' \n ')).toEqual([]);
  });
});

describe('tags', () => {
  it('writes tags as Obsidian reads them', () => {
    expect(tagText('财政')).toBe('财政');
    expect(tagText('#重要')).toBe('重要');
    expect(tagText('## two words ')).toBe('two_words');
    expect(tagText('a,b(c)')).toBe('a_b_c_');
    expect(tagText('项目/重大-工程')).toBe('项目/重大-工程');
    expect(tagText(' # ')).toBe('');
  });
  it('joins them once each', () => {
    expect(tagLine(['财政', '#财政', 'two words', ''])).toBe('#财政 #two_words');
    expect(tagLine([])).toBe('');
  });
});

describe('closeFences', () => {
  it('keeps a note as written, without trailing blank lines', () => {
    expect(closeFences('**注意**增速。\n\n- 一\n- 二\n\n')).toBe('**注意**增速。\n\n- 一\n- 二');
    expect(closeFences('```\ncode\n```')).toBe('```\ncode\n```');
  });
  it('closes a fence left open', () => {
    expect(closeFences('说明：\n```js\nlet x = 1;')).toBe('说明：\n```js\nlet x = 1;\n```');
    expect(closeFences('~~~~\n```\n')).toBe('~~~~\n```\n~~~~');
  });
});
