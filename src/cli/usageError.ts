/** A failure the user can act on: printed as one line, never as a stack trace. */
export class UsageError extends Error {}
