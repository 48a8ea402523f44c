// node:assert does not exist in the web worker: the few checks the web test needs.
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The same strings, in any order. */
export function sameMembers(actual: string[], expected: string[], what: string): void {
  const sorted = (a: string[]) => JSON.stringify([...a].sort());
  if (sorted(actual) !== sorted(expected)) throw new Error(`${what}:\n  expected ${sorted(expected)}\n  got      ${sorted(actual)}`);
}
