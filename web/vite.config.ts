import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

export default defineConfig({
  plugins: [solid()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The child bundle is watched by size; report it honestly rather than in fragments.
    reportCompressedSize: true,
  },
  server: {
    // Same origin in production (CloudFront or the local server); the proxy keeps that true in dev
    // so cookies and relative URLs behave the same.
    proxy: { "/api": "http://localhost:3000" },
  },
});
