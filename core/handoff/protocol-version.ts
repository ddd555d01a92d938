/** The protocol identifier every response carries (`protocol` field) and every client may send (`Clearline-Protocol` header). */
export const PROTOCOL_VERSION = 'clearline-handoff/1';

/** Path prefix of version 1 of the API, relative to the handoff base URL (the demo server mounts it at `/api`). */
export const API_PREFIX = '/handoff/v1';
