// sst.config.ts sits at the repository root, where the sst package is not installed.
export type { SSTConfig } from "sst";
