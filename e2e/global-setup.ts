// Builds the web app once before the journeys, so parallel test files never race to build it.
import { buildWebIfStale } from "../packages/api/src/local.js";

export default async function setup() {
  await buildWebIfStale((line) => console.log(line));
}
