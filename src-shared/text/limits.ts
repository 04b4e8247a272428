// How large a .txt the app opens. Measured (see README, "Limits"): a 60 MB
// report decodes and models in about 3 s in a worker and opens in the
// windowed text view; past 64 MB a Chinese text's model could outgrow what
// the main process accepts (MAX_TEXT_CHARS, 64 M characters for ASCII), so
// the line is drawn there, before any work, with a message saying so.
export const MAX_TXT_MB = 64;
export const MAX_TXT_BYTES = MAX_TXT_MB * 1024 * 1024;
/** Paragraphs one text may have (the main process accepts up to 2,000,000 blocks). */
export const MAX_TXT_BLOCKS = 1_000_000;
/** Characters one text may have (the main process accepts up to 64 Mi). */
export const MAX_TXT_CHARS = 64 * 1024 * 1024;
