// How an input file is named in the dossier and on the terminal: as given relative to where isnad
// runs, and never as an absolute path of this machine (a dossier is passed around, and its sources
// would show the sender's folders). A file outside the working folder is named from the argument
// that led to it down: `isnad analyze /home/me/news` names `news/a.txt`, `../x.txt` names `x.txt`.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const outside = (rel: string) => rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);

export function shownName(argument: string, file: string, cwd = process.cwd()): string {
  const full = resolve(cwd, file);
  const rel = relative(cwd, full);
  if (!outside(rel)) return rel || '.';
  const fromArgument = relative(dirname(resolve(cwd, argument)), full);
  return outside(fromArgument) || !fromArgument ? full.split(sep).pop() || '.' : fromArgument;
}
