/**
 * CORPUS_WATCH=1: the corpus folder is watched (recursively) and a change to a document reindexes, debounced, so a
 * copy of many files or an editor's save-and-rename triggers one ingest, not dozens.
 */
import { watch, type FSWatcher } from "node:fs";
import { DOCUMENT_EXTENSIONS } from "../corpus/formats/index.js";

/** Quiet time after the last change before the ingest starts. */
export const WATCH_DEBOUNCE_MS = 500;

/** `onError`: the folder cannot be watched (it vanished, too many watches); the server keeps serving what it has. */
export function watchCorpus(dir: string, onChange: () => void, onError: (err: Error) => void, debounceMs = WATCH_DEBOUNCE_MS): FSWatcher | null {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
      // A rename may report no name; anything else must look like a document (not an editor's swap file).
      if (name && !DOCUMENT_EXTENSIONS.test(String(name))) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
    });
  } catch (err) {
    onError(err instanceof Error ? err : new Error(String(err)));
    return null;
  }
  watcher.on("error", onError);
  return watcher;
}
