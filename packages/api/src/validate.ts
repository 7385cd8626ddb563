import { ChorusError } from "@chorus/core";
import { vValidator } from "@hono/valibot-validator";
import type { ValidationTargets } from "hono";
import * as v from "valibot";

/**
 * Validates one part of a request against a core schema; a failure is a 400 whose `issues` say
 * which field is wrong and why, and the handler never runs.
 */
export function valid<T extends v.GenericSchema, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return vValidator(target, schema, (result) => {
    if (!result.success) {
      throw new ChorusError(
        "invalid",
        "request.invalid",
        "The request is not valid.",
        v.flatten(result.issues),
      );
    }
  });
}
