// Loaded with `node --import` to run the built main process without Electron:
// the bare specifier 'electron' resolves to the stub beside this file.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
