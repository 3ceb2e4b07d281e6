import path from 'node:path';
import { defineConfig } from 'vite';

/** Builds the search page into search-ui/dist, which `diarium serve` serves. */
export default defineConfig({
  root: path.resolve(import.meta.dirname),
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
