import fs from 'node:fs';

/**
 * What each thread of process `pid` is doing, one line per thread: its id, name, state (R running,
 * S sleeping, D in uninterruptible wait, Z zombie) and the kernel function it waits in, and for
 * the main thread the system call it is blocked in. Read from /proc before a hung child is killed,
 * so a failure says whether its event loop was waiting (epoll) or stuck in a call, and where.
 * Whatever /proc does not show (another OS, a process gone) is said so, never thrown.
 */
export function processState(pid: number | undefined): string {
  if (pid === undefined) return '(no process)';
  const read = (file: string): string => {
    try {
      return fs.readFileSync(file, 'utf8').trim();
    } catch (error) {
      return `(${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
    }
  };
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`).sort((a, b) => Number(a) - Number(b));
  } catch (error) {
    return `process ${pid}: no /proc entry (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
  }
  const lines = tids.map((tid) => {
    const stat = read(`/proc/${pid}/task/${tid}/stat`);
    // The state follows the name in parentheses, which may itself hold spaces or parentheses.
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '?';
    return `  thread ${tid} ${read(`/proc/${pid}/task/${tid}/comm`)}: state ${state}, waits in ${read(`/proc/${pid}/task/${tid}/wchan`) || '-'}`;
  });
  return [`process ${pid}, main thread's system call: ${read(`/proc/${pid}/syscall`)}`, ...lines].join('\n');
}
