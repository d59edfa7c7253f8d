import { Clientele } from '@clientele/sdk';

/**
 * The API key lives in sessionStorage only (API.md §7): it survives a reload of the tab and ends with it, and
 * is never written to localStorage, a cookie or a URL.
 */
const KEY = 'clientele.apiKey';

export function storedKey(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeKey(key: string | null): void {
  if (key === null) sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, key);
}

/** The SDK, talking to the server that served this page. */
export function apiFor(key: string): Clientele {
  return new Clientele({ baseUrl: window.location.origin, apiKey: key });
}
