import {
  AllowedMethods,
  CachePolicy,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginRequestPolicy,
  Function as ViewerFunction,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { Fn } from "aws-cdk-lib/core";
import { type StackContext, StaticSite, use } from "sst/constructs";
import { Api } from "./Api";

// Client-side routes (/studio, /reports/…) have no file of their own, so they get the app shell.
// Files (anything with an extension) pass through untouched.
const spaFallback = `function handler(event) {
  var request = event.request;
  var last = request.uri.split("/").pop();
  if (last.indexOf(".") === -1) request.uri = "/index.html";
  return request;
}`;

/**
 * Files browsers and CloudFront must ask for again every time. SST's defaults mark every .js file
 * immutable, which would pin a tablet to its first service worker forever; the uploader applies
 * the last option matching a file, so this one, listed after SST's, wins for these two.
 */
export const FILE_OPTIONS = [
  { files: ["index.html", "sw.js"], cacheControl: "max-age=0,no-cache,no-store,must-revalidate" },
];

export function Web({ stack }: StackContext) {
  const { api } = use(Api);

  const site = new StaticSite(stack, "Site", {
    path: "web",
    buildCommand: "pnpm run build",
    buildOutput: "dist",
    // No VITE_API_URL: the app calls /api on its own origin (the behaviour below). Pointing it at
    // the API Gateway address would be cross-site, where the CSP, the same-origin cookie and the
    // CSRF check would all (rightly) refuse it.
    // SST would otherwise write web/src/sst-env.d.ts on every synth; keep generated files in .sst.
    vite: { types: "../.sst/types/web-env.d.ts" },
    assets: { fileOptions: FILE_OPTIONS },
    cdk: {
      distribution: {
        // CloudFront error pages apply to every behaviour: SST's "404 → index.html" would turn
        // the API's JSON 404s and 403s into a 200 page. The fallback is done per behaviour instead.
        errorResponses: [],
        defaultBehavior: {
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          functionAssociations: [
            {
              eventType: FunctionEventType.VIEWER_REQUEST,
              function: new ViewerFunction(stack, "SpaFallback", {
                code: FunctionCode.fromInline(spaFallback),
                runtime: FunctionRuntime.JS_2_0,
              }),
            },
          ],
        },
        // Staff sessions use a SameSite=Lax cookie, so the API must be served from the site's
        // own origin.
        additionalBehaviors: {
          "/api/*": {
            origin: new HttpOrigin(Fn.parseDomainName(api.url)),
            allowedMethods: AllowedMethods.ALLOW_ALL,
            cachePolicy: CachePolicy.CACHING_DISABLED,
            originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            // A redirect would turn a POST into a GET and drop its body.
            viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          },
        },
      },
    },
  });

  stack.addOutputs({ SiteUrl: site.url });
  return { site };
}
