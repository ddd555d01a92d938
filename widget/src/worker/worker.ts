/**
 * The worker entry: exposes one `ClearlineWorkerApi` over comlink. Construct it as a module worker
 * (see protocol.ts for both ways). Nothing here touches the DOM.
 */
import { expose } from 'comlink';
import { ClearlineWorkerApi } from './clearline-worker-api.ts';

expose(new ClearlineWorkerApi());
