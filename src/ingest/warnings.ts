// Problems that are only notes: the input was read (a renamed duplicate id, a file given twice, bad
// bytes replaced, an over-long title dropped). They are reported like problems, but they do not
// make an input unreadable, so they do not change the exit code.
import type { InputProblem } from '../types.js';

export interface InputWarning extends InputProblem {
  /** The input was read all the same. */
  warning: true;
}

export function warning(source: string, reason: string): InputWarning {
  return { source, reason, warning: true };
}

export function isWarning(p: InputProblem): p is InputWarning {
  return (p as Partial<InputWarning>).warning === true;
}

/** A problem that kept an input (or a part of it) from being read. */
export function isUnreadable(p: InputProblem): boolean {
  return !isWarning(p);
}
