/**
 * Where a program is on a PATH, found the way a shell would (first executable file of that name), with the PATH
 * passed in so tests can hide or fake programs without touching the machine. Plain Node: this runs before
 * `npm install` has installed anything.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";

/** Absolute path of `name` on `pathVar`, or undefined. An absolute `name` is checked as it is. */
export function findProgram(name, pathVar = process.env.PATH ?? "") {
  const candidates = isAbsolute(name) ? [name] : pathVar.split(delimiter).filter(Boolean).map((dir) => join(dir, name));
  return candidates.find(isExecutableFile);
}

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The shell command, prefixed with sudo unless the user is root (root needs none; others usually do). */
export function asAdmin(command, isRoot) {
  return isRoot ? command : `sudo ${command}`;
}

/** True when the process runs as root (uid 0); false on platforms without uids. */
export function runningAsRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}
