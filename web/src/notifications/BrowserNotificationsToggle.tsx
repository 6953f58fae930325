import { Button } from '../ui/Button';
import { useBrowserNotifications } from './browser-notifications';

/** Turns browser notifications of the user's export outcomes on or off; the permission is asked on the click. */
export function BrowserNotificationsToggle() {
  const { state, turnOn, turnOff } = useBrowserNotifications();
  switch (state) {
    case 'unsupported':
      return null;
    case 'blocked':
      return (
        <span className="muted small" data-testid="browser-notifications">
          Browser notifications are blocked for this site in the browser's settings.
        </span>
      );
    case 'on':
      return (
        <span className="browser-notifications" data-testid="browser-notifications">
          <span className="muted small">Notifying you in the browser when your exports finish in the background.</span>
          <Button size="small" variant="ghost" onClick={turnOff}>
            Turn off
          </Button>
        </span>
      );
    default:
      return (
        <Button size="small" variant="ghost" onClick={() => void turnOn()} data-testid="browser-notifications">
          Notify me when my exports finish in the background
        </Button>
      );
  }
}
