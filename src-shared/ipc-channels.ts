// The two IPC channels. Kept free of imports: the sandboxed preload may only
// require Electron's own modules, so it bundles this file and nothing else.
export const IPC_CHANNEL = 'reportlens:invoke';
export const IPC_EVENT_CHANNEL = 'reportlens:event';
