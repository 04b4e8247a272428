import { defineConfig } from 'vite';
import { rendererConfig } from './renderer.config';

export default defineConfig(rendererConfig());
