/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives when it is not on the same origin (tests, previews). */
  readonly VITE_API_URL?: string;
}
