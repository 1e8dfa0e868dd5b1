// Arrays made element by element with push, for the lists that hot loops read by index. `Array.prototype.map`
// makes a packed array while its caller runs in the interpreter but a holey one once the caller is
// optimised (TurboFan's inlined map allocates the result first and fills it), so a reader optimised on the
// first kind meets the second later and is deoptimised ("wrong map") and compiled again, in every worker.
// A list built with push is packed whichever way its maker runs.

/** `items.map(f)`, as a packed array. */
export function packedMap<T, R>(items: readonly T[], f: (item: T) => R): R[] {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!));
  return out;
}
