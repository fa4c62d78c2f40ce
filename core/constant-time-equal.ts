// Signature comparison that does not leak, through timing, how many leading characters matched.
import { timingSafeEqual } from 'node:crypto';

/** True when `a` and `b` are the same string, compared in constant time for equal lengths. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
