import { Api as HttpApi, type StackContext, use } from "sst/constructs";
import { recordingsAccess, tableAccess, tableEnvironment } from "./access";
import { Storage } from "./Storage";

export function Api({ app, stack }: StackContext) {
  const { table, recordings } = use(Storage);

  const api = new HttpApi(stack, "Api", {
    // The browser reaches the API through the site's own origin (see Web.ts), never cross-origin.
    cors: false,
    routes: {
      // One Hono app owns routing, including its JSON 404s.
      $default: {
        function: {
          handler: "packages/api/src/lambda.handler",
          runtime: "nodejs22.x",
          architecture: "arm_64",
          memorySize: 1024,
          timeout: 10,
          // Modules loaded by import() (template phrasebooks, the OpenAPI document) become their
          // own files, read only when first used, instead of being parsed at every cold start.
          nodejs: { splitting: true },
          environment: {
            ...tableEnvironment(table, app.stage),
            CHORUS_AUDIO_BUCKET: recordings.bucketName,
          },
          permissions: [tableAccess(table), ...recordingsAccess(recordings)],
        },
      },
    },
  });

  stack.addOutputs({ ApiUrl: api.url });
  return { api };
}
