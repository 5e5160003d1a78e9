import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web page: built into dist/web, which `nguongoc-labels serve` serves with the label API.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:5180' } },
});
