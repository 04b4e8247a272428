// Passwords of encrypted PDFs, kept in memory for this session only: they are
// never written to disk, so the user is asked again after a restart.
const passwords = new Map<string, string>();

export function rememberPassword(id: string, password: string): void {
  passwords.set(id, password);
}

export function knownPassword(id: string): string | undefined {
  return passwords.get(id);
}
