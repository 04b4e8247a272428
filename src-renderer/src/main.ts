import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { i18n } from './i18n';
import { installLinkHandler } from './links';
import './styles.css';

// The main process's window-open handler asks the user, then opens http(s) links in the browser.
installLinkHandler(document, (url) => void window.open(url, '_blank', 'noopener,noreferrer'));

createApp(App).use(createPinia()).use(i18n).mount('#app');
