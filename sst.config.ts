import type { SSTConfig } from "./infra";

export default {
  config(_input) {
    return { name: "chorus", region: process.env.AWS_REGION ?? "eu-west-2" };
  },
  // Stacks are imported here, not at the top, so that SST can read `config()` without
  // resolving aws-cdk-lib and sst from the repository root, where they are not installed.
  async stacks(app) {
    const { Storage } = await import("./infra/Storage");
    const { Api } = await import("./infra/Api");
    const { Web } = await import("./infra/Web");
    const { Jobs } = await import("./infra/Jobs");
    const { Mail } = await import("./infra/Mail");
    const { Monitoring } = await import("./infra/Monitoring");
    const { Analytics } = await import("./infra/Analytics");
    app.setDefaultFunctionProps({ runtime: "nodejs22.x" });
    app.stack(Storage).stack(Api).stack(Mail).stack(Jobs).stack(Web).stack(Monitoring);
    app.stack(Analytics);
  },
} satisfies SSTConfig;
