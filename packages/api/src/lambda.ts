import { createDb } from "@chorus/core";
import { handle } from "hono/aws-lambda";
import { createApp } from "./app.js";

// On Lambda the table comes from the stack (see infra/Api.ts); credentials from the role.
const table = process.env.CHORUS_TABLE;
if (!table) throw new Error("CHORUS_TABLE is not set");

export const handler = handle(createApp({ db: createDb({ table }) }));
