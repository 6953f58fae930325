import { useCallback, useSyncExternalStore } from 'react';

/**
 * Browser notifications for export outcomes, shown while Custodian is in the background. The
 * browser's permission is asked only when the user clicks to turn them on; turning them off is
 * remembered in this browser (the permission itself belongs to the browser, not to the account).
 */

export type BrowserNotificationState = 'unsupported' | 'off' | 'on' | 'blocked';

const OPT_OUT_KEY = 'custodian.browserNotifications';
const CHANGED = 'custodian:browser-notifications';

function supported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

function readState(): BrowserNotificationState {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  if (Notification.permission !== 'granted') return 'off';
  return localStorage.getItem(OPT_OUT_KEY) === 'off' ? 'off' : 'on';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}

export function useBrowserNotifications(): { state: BrowserNotificationState; turnOn(): Promise<void>; turnOff(): void } {
  const state = useSyncExternalStore(subscribe, readState, () => 'unsupported' as const);
  // Called from a click: browsers only show the permission prompt for a user gesture.
  const turnOn = useCallback(async () => {
    localStorage.removeItem(OPT_OUT_KEY);
    if (Notification.permission === 'default') await Notification.requestPermission();
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  const turnOff = useCallback(() => {
    localStorage.setItem(OPT_OUT_KEY, 'off');
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return { state, turnOn, turnOff };
}

/** Shows a browser notification when the user turned them on and the page is not in view; the in-app toast covers the rest. */
export function notifyInBrowser(title: string, body: string, tag: string): void {
  if (readState() !== 'on' || document.visibilityState === 'visible') return;
  const notification = new Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
}
