/**
 * `build`, run once per distinct argument (compared as JSON) for the life of the process: what a rule compiles from
 * its options is built once per option set, not once per document. Pass only what `build` reads.
 */
export function oncePerValue<A, T>(build: (arg: A) => T): (arg: A) => T {
  const built = new Map<string, T>();
  return (arg) => {
    const key = JSON.stringify(arg);
    let value = built.get(key);
    if (value === undefined) {
      value = build(arg);
      built.set(key, value);
    }
    return value;
  };
}
