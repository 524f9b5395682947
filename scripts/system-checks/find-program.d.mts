// Types for the TypeScript tests; the module itself is plain JavaScript so it runs before anything is installed.
export function findProgram(name: string, pathVar?: string): string | undefined;
export function asAdmin(command: string, isRoot: boolean): string;
export function runningAsRoot(): boolean;
