import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { App } from './app/App';
import { SessionProvider } from './auth/session';
import './ui/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </ApiProvider>
  </StrictMode>,
);
