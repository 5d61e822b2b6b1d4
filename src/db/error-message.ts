/** The text of a caught error, for the detail part of a Chinese message. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
