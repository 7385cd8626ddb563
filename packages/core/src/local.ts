/**
 * Local-only code: the embedded database, table creation and demo data. `pnpm start` and the
 * tests import it as `@chorus/core/local`; nothing on the Lambda's import path may, because
 * dynalite loads native LevelDB and its own files by computed path (see lambda-bundle.test.ts).
 */

export { diskAudioStore } from "./audio/disk.js";
export { sampleWav } from "./audio/sample.js";
export { ensureTable, startLocalDynamo } from "./db/local.js";
export { Demo } from "./demo/index.js";
export { samplePng } from "./org/sample-logo.js";
