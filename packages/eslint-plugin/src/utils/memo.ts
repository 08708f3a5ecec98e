/**
 * `compute`, remembered per key object (a file's `SourceCode`, a rule's merged options): every rule that asks about the
 * same object gets the first answer, and the answers go when the object does.
 */
export function perObject<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const answers = new WeakMap<Key, Value>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as Value;
    const value = compute(key);
    answers.set(key, value);
    return value;
  };
}
