/// <reference types="vite/client" />
import type { Bridge } from '@shared/api';

declare global {
  interface Window {
    api: Bridge;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

export {};
