import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Api as HttpApi, type StackContext, use } from "sst/constructs";
import { Storage } from "./Storage";

/**
 * Everything the app does with DynamoDB. `bind` would grant `dynamodb:*`, which includes
 * deleting the table and its backups; the Lambda gets this list and nothing more.
 */
const tableActions = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:BatchGetItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
];

export function Api({ app, stack }: StackContext) {
  const { table } = use(Storage);

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
          environment: { CHORUS_TABLE: table.tableName, CHORUS_STAGE: app.stage },
          permissions: [
            new PolicyStatement({
              actions: tableActions,
              resources: [table.tableArn, `${table.tableArn}/index/*`],
            }),
          ],
        },
      },
    },
  });

  stack.addOutputs({ ApiUrl: api.url });
  return { api };
}
