/**
 * The agent token: taken from the URL fragment (`/agent/#token=…`, as `npm start` prints it),
 * then removed from the address bar and kept in sessionStorage for this tab only.
 */
const KEY = 'clearline-agent-token';

export function takeTokenFromLocation(loc: Location = location, hist: History = history, storage: Storage = sessionStorage): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(loc.hash);
  if (match) {
    const token = decodeURIComponent(match[1]!);
    storage.setItem(KEY, token);
    hist.replaceState(null, '', `${loc.pathname}${loc.search}`);
    return token;
  }
  return storage.getItem(KEY);
}

export function saveToken(token: string, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, token);
}

export function forgetToken(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}
