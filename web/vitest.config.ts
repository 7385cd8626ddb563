import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

// The root config lists this file as its "web" project, so Solid and its plugin resolve from web/.
export default defineConfig({
  // Hot reload has no place in tests, and its runtime import cannot resolve from the repo root.
  plugins: [solid({ hot: false })],
  test: {
    name: "web",
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
  },
});
