/**
 * The next build's passages, document by document: an unchanged document keeps the previous build's passage file
 * (linked, not read); a changed or new one is parsed, and each of its passages whose text hash is unchanged keeps
 * its place in the previous build's vectors and postings. What is left (new or changed passages) must be embedded.
 */
import { parseCorpusFile, type CorpusFile } from "../corpus/load-dir.js";
import { passageSearchText } from "../retrieval/terms.js";
import type { Passage } from "../schemas.js";
import { hashString } from "../util/hash.js";
import type { FileChecksum } from "./binary-file.js";
import { passagesFileOf } from "./passages-file.js";
import type { PreviousBuild } from "./previous-build.js";

export interface DocumentSegment {
  doc: string;
  hash: string;
  count: number;
  /** An unchanged document: its file in the previous build, with the checksum recorded there. */
  linked?: { file: string; checksum: FileChecksum };
  /** A changed or new document: its passages and their text hashes, to be written. */
  passages?: Passage[];
  hashes?: string[];
}

export interface CollectedPassages {
  segments: DocumentSegment[];
  total: number;
  /** Per passage of the next build: its position in the previous build, or -1 when it must be embedded. */
  reusedFrom: Int32Array;
  /** The passages to embed, in order. */
  added: { ids: string[]; texts: string[] };
  reusedDocuments: number;
  /** Near-identical passages merged, per document parsed in this build. */
  mergedByDoc: Map<string, number>;
  /** Every passage id in order (reads the linked documents' files: only the HNSW path needs it). */
  allIds(): Promise<string[]>;
}

/** `onProgress(done, total)` after each document (in documents), with a turn of the event loop, so a progress bar draws. */
export async function collectPassages(
  files: CorpusFile[],
  prev: PreviousBuild | null,
  onProgress?: (done: number, total: number) => void,
): Promise<CollectedPassages> {
  const segments: DocumentSegment[] = [];
  const reusedFrom: number[] = [];
  const added = { ids: [] as string[], texts: [] as string[] };
  let reusedDocuments = 0;
  const mergedByDoc = new Map<string, number>();
  for (const file of files) {
    const range = prev?.ranges.get(file.doc);
    const prevFile = passagesFileOf(file.doc, file.hash);
    const checksum = prev?.checksums.files[prevFile];
    if (prev && range && checksum && prev.manifest.documents[file.doc] === file.hash) {
      reusedDocuments++;
      segments.push({ doc: file.doc, hash: file.hash, count: range.count, linked: { file: prevFile, checksum } });
      for (let j = 0; j < range.count; j++) reusedFrom.push(range.start + j);
      continue;
    }
    const parsed = parseCorpusFile(file);
    const passages = parsed.passages;
    mergedByDoc.set(file.doc, parsed.merged);
    const hashes = passages.map((p) => hashString(passageSearchText(p)));
    // The previous version of this document, if any: passages with the same id and text keep their vectors.
    const before = new Map<string, number>();
    if (prev && range) {
      const stored = await prev.passagesOf(file.doc);
      stored.passages.forEach((p, j) => before.set(`${p.id}\u0000${stored.hashes[j]}`, range.start + j));
    }
    passages.forEach((p, j) => {
      const at = before.get(`${p.id}\u0000${hashes[j]}`);
      reusedFrom.push(at ?? -1);
      if (at === undefined) {
        added.ids.push(p.id);
        added.texts.push(passageSearchText(p));
      }
    });
    segments.push({ doc: file.doc, hash: file.hash, count: passages.length, passages, hashes });
    if (onProgress) {
      onProgress(segments.length, files.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  const allIds = async () => {
    const ids: string[] = [];
    for (const s of segments) {
      const passages = s.passages ?? (await prev!.passagesOf(s.doc)).passages;
      for (const p of passages) ids.push(p.id);
    }
    return ids;
  };
  return { segments, total: reusedFrom.length, reusedFrom: Int32Array.from(reusedFrom), added, reusedDocuments, mergedByDoc, allIds };
}
