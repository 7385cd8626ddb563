/**
 * Recordings in the stack's private S3 bucket (see infra/Storage.ts): the Lambda's `AudioStore`.
 * The client is loaded on the first recording asked for, not at start, so a cold start that
 * plays no audio pays nothing for it.
 */
import type { Audio } from "@chorus/core";
import { AUDIO_TYPES, type AudioType } from "@chorus/core/audio/schema";

export interface S3AudioOptions {
  bucket: string;
  /** Another S3-compatible endpoint (the bundle test's fake); omit on AWS. */
  endpoint?: string;
}

export function s3AudioStore({ bucket, endpoint }: S3AudioOptions): Audio.AudioStore {
  let loading: Promise<typeof import("@aws-sdk/client-s3")> | undefined;
  let made: import("@aws-sdk/client-s3").S3Client | undefined;
  const sdk = async () => {
    loading ??= import("@aws-sdk/client-s3");
    const s3 = await loading;
    made ??= new s3.S3Client(endpoint ? { endpoint, forcePathStyle: true } : {});
    return { s3, client: made };
  };
  return {
    async put(key, audio) {
      const { s3, client } = await sdk();
      await client.send(
        new s3.PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: audio.bytes,
          ContentType: audio.type,
        }),
      );
    },
    async get(key) {
      const { s3, client } = await sdk();
      try {
        const found = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: key }));
        const type = found.ContentType ?? "";
        if (!found.Body || !(AUDIO_TYPES as readonly string[]).includes(type)) return undefined;
        return { bytes: await found.Body.transformToByteArray(), type: type as AudioType };
      } catch (error) {
        if ((error as { name?: string }).name === "NoSuchKey") return undefined;
        throw error;
      }
    },
  };
}
