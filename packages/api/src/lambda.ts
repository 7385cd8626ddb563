import { createDb } from "@chorus/core";
import type { Context } from "hono";
import { handle, type LambdaEvent } from "hono/aws-lambda";
import { createApp } from "./app.js";
import { s3AudioStore } from "./audio-s3.js";
import type { AppEnv } from "./context.js";

// On Lambda the table comes from the stack (see infra/Api.ts); credentials from the role.
// DYNAMODB_ENDPOINT is for running the built bundle against a local database (the bundle test);
// with it, createDb uses fixed local credentials, as it does for `pnpm start`.
const table = process.env.CHORUS_TABLE;
if (!table) throw new Error("CHORUS_TABLE is not set");
const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;
// Recordings' bucket (infra/Storage.ts); S3_ENDPOINT, like DYNAMODB_ENDPOINT, is for the bundle test.
const audioBucket = process.env.CHORUS_AUDIO_BUCKET;
const audio = audioBucket
  ? s3AudioStore({
      bucket: audioBucket,
      region: process.env.AWS_REGION ?? "eu-west-2",
      endpoint: process.env.S3_ENDPOINT || undefined,
    })
  : undefined;

type Bindings = { event?: LambdaEvent & { requestContext?: { http?: { sourceIp?: string } } } };

/**
 * Behind CloudFront the viewer's address is the last-but-one `X-Forwarded-For` entry (API Gateway
 * appends CloudFront's own); called directly, it is the socket address API Gateway saw.
 */
function clientIp(c: Context<AppEnv>) {
  const chain = (c.req.header("x-forwarded-for") ?? "").split(",").map((part) => part.trim());
  if (chain.length >= 2) return chain.at(-2);
  return (c.env as Bindings | undefined)?.event?.requestContext?.http?.sourceIp;
}

export const handler = handle(createApp({ db: createDb({ table, endpoint }), audio, clientIp }));
