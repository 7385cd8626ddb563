/** True when a conditional write was refused because of its condition (not a real failure). */
export function isConditionFailed(error: unknown): boolean {
  return (error as Error | undefined)?.name === "ConditionalCheckFailedException";
}

/** For writes that may find their work already done: a create that exists, a touch of a gone item. */
export function ignoreConditionFailed(error: unknown): void {
  if (!isConditionFailed(error)) throw error;
}
