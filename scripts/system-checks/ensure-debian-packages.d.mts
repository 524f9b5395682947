// Types for the TypeScript tests; the module itself is plain JavaScript so it runs before anything is installed.
export interface SystemContext {
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
  /** default: /etc/debian_version exists */
  isDebian?: boolean;
  /** default: /var/lib/apt/lists */
  aptListsDir?: string;
  /** where the WenQuanYi font file may be, when fc-list is absent; default: Debian's path */
  fontFiles?: string[];
  /** default: /usr/lib/postgresql */
  postgresRoot?: string;
  log: (line: string) => void;
  runApt?: (args: string[]) => { ok: boolean; output: string };
}

export function ensureDebianPackages(
  names: string[],
  ctx: SystemContext,
): { ok: true; installed: string[] } | { ok: false; message: string };
