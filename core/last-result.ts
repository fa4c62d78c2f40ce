// One-entry memo for pure functions a server calls again and again with the same argument (the same header for
// parsing and for verifying, the same Content-Type or second all day): the last argument's result is kept.

/** `compute`, remembering its last argument (compared with ===) and result. Results must not be changed by callers. */
export function lastResult<K, V>(compute: (key: K) => V): (key: K) => V {
  let known = false;
  let lastKey: K;
  let lastValue: V;
  return (key) => {
    if (!known || key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
      known = true;
    }
    return lastValue;
  };
}
