// Lets the calls waiting meanwhile run: long work on the main process (a text
// of millions of characters indexed or decoded) goes a step at a time, with
// this between the steps.
export const nextTurn = (): Promise<void> => new Promise((ok) => setImmediate(ok));
