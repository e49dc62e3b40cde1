// Runs in Node. Assembles the backend every host uses: store, service, dispatcher, events.
import { AnnotationStore } from '../store/annotation-store.js';
import type { Backend, BackendOptions } from './backend-options.js';
import { createDispatcher } from './dispatcher.js';
import { EventHub } from './events.js';
import { LecternService } from './lectern-service.js';

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const store = await AnnotationStore.open(options.dataDir);
  const events = new EventHub();
  const api = new LecternService(options, store, events);
  if (options.openLibraryAtStart) api.startOpeningLibrary();
  return {
    api,
    dispatcher: createDispatcher(api),
    events,
    flush: () => store.flush(),
    close: async () => {
      await api.close();
      await store.close();
    },
  };
}
