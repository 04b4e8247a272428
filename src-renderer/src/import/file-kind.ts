// Which importer a file goes to, by its name (light: the shell and the
// library ask it without loading the importers themselves).
export type FileKind = 'txt' | 'pdf' | 'docx';

export function fileKind(fileName: string): FileKind | null {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  return ext === 'txt' || ext === 'pdf' || ext === 'docx' ? ext : null;
}
