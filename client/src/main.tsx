// First: the interface language's catalogue starts loading before the rest of the app is evaluated.
import './i18n/early-catalogue.ts';
import '@fontsource-variable/inter';
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles/tokens.css';
import './styles/app.css';
import './styles/article-import.css';
import { I18nProvider } from '@lingui/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { activateLanguage, i18n } from './i18n/i18n.ts';
import { initialLanguage } from './i18n/initial-language.ts';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const container = root;
// The catalogue of the language to open in loads first (a small chunk), so no screen flashes in another language.
void activateLanguage(initialLanguage()).then(() => {
  createRoot(container).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
});
