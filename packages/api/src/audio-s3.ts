/**
 * Recordings in the stack's private S3 bucket (see infra/Storage.ts): the Lambda's `AudioStore`.
 *
 * Two calls, a PUT and a GET of one object, signed with AWS's own Signature V4 signer and the
 * SDK's default credentials (both already in the bundle for DynamoDB) and sent with `fetch`.
 * The full S3 client did the same and added 1.2 MB to the Lambda's bundle (measured: see
 * docs/measurements.md), which every cold start parses.
 */
import { createHash, createHmac } from "node:crypto";
import { defaultProvider } from "@aws-sdk/credential-provider-node";
import type { Audio } from "@chorus/core";
import { AUDIO_TYPES, type AudioType } from "@chorus/core/audio/schema";
import { SignatureV4 } from "@smithy/signature-v4";

export interface S3AudioOptions {
  bucket: string;
  region: string;
  /** Another S3-compatible endpoint, addressed path-style (the bundle test's fake); omit on AWS. */
  endpoint?: string;
}

type Bytes = string | ArrayBuffer | ArrayBufferView;
const buffer = (data: Bytes) =>
  typeof data === "string"
    ? Buffer.from(data)
    : ArrayBuffer.isView(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data);

/** SHA-256 and HMAC-SHA-256 from Node, in the shape the signer takes. */
class Sha256 {
  private readonly hash;
  constructor(secret?: Bytes) {
    this.hash = secret ? createHmac("sha256", buffer(secret)) : createHash("sha256");
  }
  update(data: Bytes) {
    this.hash.update(buffer(data));
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

export function s3AudioStore({ bucket, region, endpoint }: S3AudioOptions): Audio.AudioStore {
  const signer = new SignatureV4({
    service: "s3",
    region,
    credentials: defaultProvider(),
    sha256: Sha256,
    // S3 signs the path as sent, and wants the body's hash in a header.
    uriEscapePath: false,
    applyChecksum: true,
  });
  const base = new URL(
    endpoint ? `${endpoint}/${bucket}/` : `https://${bucket}.s3.${region}.amazonaws.com/`,
  );

  async function send(method: "GET" | "PUT", key: string, body?: Uint8Array, type?: string) {
    const url = new URL(key, base);
    const signed = await signer.sign({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: {},
      headers: {
        host: url.host,
        ...(type ? { "content-type": type } : {}),
        ...(body ? { "content-length": String(body.byteLength) } : {}),
      },
      body,
    });
    return fetch(url, { method, headers: signed.headers, body: body as BodyInit | undefined });
  }

  return {
    async put(key, audio) {
      const response = await send("PUT", key, audio.bytes, audio.type);
      if (!response.ok) throw new Error(`S3 refused a recording: ${response.status}`);
    },
    async get(key) {
      const response = await send("GET", key);
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`S3 did not give a recording: ${response.status}`);
      const type = response.headers.get("content-type") ?? "";
      if (!(AUDIO_TYPES as readonly string[]).includes(type)) return undefined;
      return { bytes: new Uint8Array(await response.arrayBuffer()), type: type as AudioType };
    },
  };
}
