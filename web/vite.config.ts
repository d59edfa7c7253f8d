import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API server at /app/ under a CSP without 'unsafe-inline': no inline scripts or styles.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022', assetsInlineLimit: 0 },
});
