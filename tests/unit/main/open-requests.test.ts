import { describe, expect, it } from 'vitest';
import { documentPathsFromArgv } from '../../../src-main/open-requests';

describe('documents from the command line', () => {
  it('keeps .pdf/.txt/.docx paths and drops switches, URLs and other files', () => {
    expect(
      documentPathsFromArgv([
        '/opt/ReportLens/reportlens',
        '--no-sandbox',
        '--flag=x.pdf',
        '/home/u/报告.PDF',
        'C:\\Users\\u\\report.docx',
        'notes.txt',
        'reportlens://open/x.pdf',
        '/home/u/image.png',
      ]),
    ).toEqual(['/home/u/报告.PDF', 'C:\\Users\\u\\report.docx', 'notes.txt']);
  });
});
