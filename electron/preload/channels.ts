// Runs in the Electron preload (sandboxed) and the main process. Private IPC plumbing that is not
// part of the renderer's contract (see ../common/contract.ts for that).

/**
 * The preload sends this after a `command: 'flush'` event, once every listener has run and the
 * calls they made (a last saveNote) have been answered. electron/main/shutdown.ts waits for it
 * before flushing the backend, so a note still being typed reaches the disk before quitting.
 */
export const FLUSH_ACK_CHANNEL = 'lectern:flush-ack';
