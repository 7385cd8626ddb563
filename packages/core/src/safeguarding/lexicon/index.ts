import type { Lexicon } from "../types.js";
import { am } from "./am.js";
import { ar } from "./ar.js";
import { ckb } from "./ckb.js";
import { cs } from "./cs.js";
import { en } from "./en.js";
import { hu } from "./hu.js";
import { lt } from "./lt.js";
import { lv } from "./lv.js";
import { pa } from "./pa.js";
import { pl } from "./pl.js";
import { prs } from "./prs.js";
import { ps } from "./ps.js";
import { pt } from "./pt.js";
import { ro } from "./ro.js";
import { sk } from "./sk.js";
import { sq } from "./sq.js";
import { ti } from "./ti.js";
import { ur } from "./ur.js";
import { vi } from "./vi.js";

/** The built-in lexicons, by language code. A language is added here only when complete. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  en,
  pl,
  ar,
  lt,
  ur,
  ro,
  pt,
  lv,
  ps,
  prs,
  sq,
  vi,
  sk,
  cs,
  hu,
  pa,
  ckb,
  ti,
  am,
};
