// Ids from an address or a portal message are data, never a path: decoded exactly once, and refused when empty
// or a dot segment (which a URL would resolve to the parent instead of sending).

/** One percent-decoded path segment, or undefined when its escapes are malformed ("%", "%zz"). */
export function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Why a value cannot be an id (for the page and the portal), or undefined when it can. */
export function idProblem(value: string, name: string): string | undefined {
  if (value.trim() === '') return `The ${name} is empty.`;
  if (value === '.' || value === '..') return `"${value}" is not a valid ${name}.`;
  return undefined;
}
