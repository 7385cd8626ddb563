import type { Lexicon } from "../types.js";
import { ar } from "./ar.js";
import { en } from "./en.js";
import { pl } from "./pl.js";
import { prs } from "./prs.js";
import { ps } from "./ps.js";
import { sq } from "./sq.js";
import { vi } from "./vi.js";

/** The built-in lexicons, by language code. A language is added here only when complete. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, pl, ar, ps, prs, sq, vi };
