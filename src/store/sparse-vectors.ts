/**
 * Sparse vectors in the two layouts the index needs: passage by passage (rows: how they are built, reused and
 * re-scored) and dimension by dimension (columns: the exact scan of smaller builds), and the file that holds them:
 * the columns below TWO_STAGE_MIN_PASSAGES, else the rows with the impact lists of the two-stage search.
 */
import { asInt32, readArrays, readAt, readBinaryFile, renamed, withBinaryFile, writeBinaryFile, type FileChecksum } from "./binary-file.js";
import { buildImpactColumns, checkImpactColumns, type ImpactColumns } from "./sparse-impact.js";
import { TWO_STAGE_MIN_PASSAGES, unpackRows, type TwoStageData } from "./sparse-two-stage.js";

/** Vectors passage by passage: passage i's non-zero dimensions are dims[offsets[i] .. offsets[i + 1]). */
export interface SparseRows {
  dimensions: number;
  offsets: Int32Array;
  dims: Uint16Array;
  values: Float32Array;
}

/** Collects vectors passage by passage, from dense embeddings or copied from an earlier index. */
export class SparseRowsBuilder {
  private offsets: number[] = [0];
  private dims = new Uint16Array(1 << 16);
  private values = new Float32Array(1 << 16);
  private count = 0;

  constructor(readonly dimensions: number) {
    if (dimensions > 0xffff) throw new Error(`sparse vectors support up to 65535 dimensions, not ${dimensions}`);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  addDense(vector: ArrayLike<number>): void {
    if (vector.length !== this.dimensions) {
      throw new Error(`vector has ${vector.length} dimensions, the index ${this.dimensions}`);
    }
    let norm = 0;
    let nonZero = 0;
    for (let d = 0; d < vector.length; d++) {
      const v = vector[d]!;
      if (v !== 0) {
        norm += v * v;
        nonZero++;
      }
    }
    // Cosine similarity is the dot product of unit vectors; most embedders already return them.
    const scale = norm > 0 && Math.abs(Math.sqrt(norm) - 1) > 1e-4 ? 1 / Math.sqrt(norm) : 1;
    this.reserve(nonZero);
    for (let d = 0; d < vector.length; d++) {
      const v = vector[d]!;
      if (v === 0) continue;
      this.dims[this.count] = d;
      this.values[this.count++] = v * scale;
    }
    this.offsets.push(this.count);
  }

  /**
   * addDense of the vector that holds values[k] at dims[k] (k < count; dims ascending, each once) and zero
   * elsewhere: the same row, from the touched dimensions only (LocalEmbeddings.embedTermsSparse).
   */
  addSparse(dims: ArrayLike<number>, values: ArrayLike<number>, count: number): void {
    let norm = 0;
    let nonZero = 0;
    for (let k = 0; k < count; k++) {
      const v = values[k]!;
      if (v !== 0) {
        norm += v * v;
        nonZero++;
      }
    }
    const scale = norm > 0 && Math.abs(Math.sqrt(norm) - 1) > 1e-4 ? 1 / Math.sqrt(norm) : 1;
    this.reserve(nonZero);
    for (let k = 0; k < count; k++) {
      const v = values[k]!;
      if (v === 0) continue;
      if (dims[k]! >= this.dimensions) throw new Error(`dimension ${dims[k]} of a ${this.dimensions}-dimension index`);
      this.dims[this.count] = dims[k]!;
      this.values[this.count++] = v * scale;
    }
    this.offsets.push(this.count);
  }

  /** Appends every row of `rows` unchanged (rows another builder finished). */
  addRows(rows: SparseRows): void {
    const n = rows.offsets.length - 1;
    const base = this.count - rows.offsets[0]!;
    this.reserve(rows.dims.length);
    this.dims.set(rows.dims, this.count);
    this.values.set(rows.values, this.count);
    for (let i = 1; i <= n; i++) this.offsets.push(base + rows.offsets[i]!);
    this.count += rows.dims.length;
  }

  /** Adds row `row` of `rows` unchanged. */
  addFrom(rows: SparseRows, row: number): void {
    const start = rows.offsets[row]!;
    const end = rows.offsets[row + 1]!;
    this.reserve(end - start);
    this.dims.set(rows.dims.subarray(start, end), this.count);
    this.values.set(rows.values.subarray(start, end), this.count);
    this.count += end - start;
    this.offsets.push(this.count);
  }

  finish(): SparseRows {
    return {
      dimensions: this.dimensions,
      offsets: Int32Array.from(this.offsets),
      dims: this.dims.slice(0, this.count),
      values: this.values.slice(0, this.count),
    };
  }

  private reserve(extra: number): void {
    if (this.count + extra <= this.dims.length) return;
    const size = Math.max(this.count + extra, this.dims.length * 2);
    const dims = new Uint16Array(size);
    dims.set(this.dims.subarray(0, this.count));
    const values = new Float32Array(size);
    values.set(this.values.subarray(0, this.count));
    this.dims = dims;
    this.values = values;
  }
}

/** The rows of `chunks` one after another, as SparseRowsBuilder.addRows of each, then finish, gives them. */
export function joinRows(chunks: SparseRows[], dimensions: number): SparseRows {
  let passages = 0;
  let values = 0;
  for (const c of chunks) {
    passages += c.offsets.length - 1;
    values += c.offsets[c.offsets.length - 1]! - c.offsets[0]!;
  }
  const rows: SparseRows = { dimensions, offsets: new Int32Array(passages + 1), dims: new Uint16Array(values), values: new Float32Array(values) };
  let row = 0;
  let at = 0;
  for (const c of chunks) {
    const first = c.offsets[0]!;
    const n = c.offsets.length - 1;
    const count = c.offsets[n]! - first;
    rows.dims.set(c.dims.subarray(first, first + count), at);
    rows.values.set(c.values.subarray(first, first + count), at);
    for (let i = 1; i <= n; i++) rows.offsets[row + i] = at + c.offsets[i]! - first;
    row += n;
    at += count;
  }
  return rows;
}

/** Share of non-zero values: at or below SPARSE_DENSITY an embedder's vectors go to the sparse index. */
export const SPARSE_DENSITY = 0.5;

export function density(rows: SparseRows): number {
  const n = rows.offsets.length - 1;
  return n === 0 ? 0 : rows.offsets[n]! / (n * rows.dimensions);
}

/** Dimension-major sparse vectors: dimension d's passages are docs[offsets[d] .. offsets[d + 1]), ascending. */
export interface SparseColumns {
  dimensions: number;
  offsets: Int32Array;
  docs: Int32Array;
  values: Float32Array;
}

export function rowsToColumns(rows: SparseRows): SparseColumns {
  const n = rows.offsets.length - 1;
  const offsets = new Int32Array(rows.dimensions + 1);
  for (let j = 0; j < rows.dims.length; j++) offsets[rows.dims[j]! + 1]!++;
  for (let d = 0; d < rows.dimensions; d++) offsets[d + 1]! += offsets[d]!;
  const cursor = offsets.slice(0, rows.dimensions);
  const docs = new Int32Array(rows.dims.length);
  const values = new Float32Array(rows.dims.length);
  for (let i = 0; i < n; i++) {
    for (let j = rows.offsets[i]!, end = rows.offsets[i + 1]!; j < end; j++) {
      const at = cursor[rows.dims[j]!]!++;
      docs[at] = i;
      values[at] = rows.values[j]!;
    }
  }
  return { dimensions: rows.dimensions, offsets, docs, values };
}

export function columnsToRows(columns: SparseColumns, passages: number): SparseRows {
  const offsets = new Int32Array(passages + 1);
  for (let j = 0; j < columns.docs.length; j++) offsets[columns.docs[j]! + 1]!++;
  for (let i = 0; i < passages; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, passages);
  const dims = new Uint16Array(columns.docs.length);
  const values = new Float32Array(columns.docs.length);
  for (let d = 0; d < columns.dimensions; d++) {
    for (let j = columns.offsets[d]!, end = columns.offsets[d + 1]!; j < end; j++) {
      const at = cursor[columns.docs[j]!]!++;
      dims[at] = d;
      values[at] = columns.values[j]!;
    }
  }
  return { dimensions: columns.dimensions, offsets, dims, values };
}

/** Throws unless the columns are consistent and name only passages below `passages`. */
export function checkColumns(columns: SparseColumns, passages: number, deep = true): void {
  const { dimensions, offsets, docs, values } = columns;
  if (offsets.length !== dimensions + 1 || offsets[dimensions] !== docs.length || values.length !== docs.length) {
    throw new Error(`sparse vectors do not add up (${dimensions} dimensions, ${docs.length} values)`);
  }
  for (let d = 0; d < dimensions; d++) if (offsets[d]! > offsets[d + 1]!) throw new Error(`sparse vectors of dimension ${d} are out of order`);
  if (deep) for (let j = 0; j < docs.length; j++) {
    const doc = docs[j]!;
    if (doc < 0 || doc >= passages) throw new Error(`sparse vectors name passage ${doc} of ${passages}`);
  }
}

interface SparseMeta {
  kind: "sparse-vectors";
  dimensions: number;
  passages: number;
  /**
   * "columns" (absent in older builds), or "two-stage": rows and impact lists (sparse-impact.ts), or in builds made
   * before those, rows and coarse columns (sparse-two-stage.ts).
   */
  layout?: "columns" | "two-stage";
  /** Tiers per (dimension, sign) of the impact lists. */
  impactTiers?: number;
}

/** What a server searches: the columns (exact scan), or, for large corpora, the two-stage data. */
export type SparseSearchData = { kind: "exact"; columns: SparseColumns } | ({ kind: "two-stage" } & TwoStageData);

/**
 * Writes the vectors; returns the file's size and checksum. From TWO_STAGE_MIN_PASSAGES on, the file holds the
 * two-stage layout instead of the columns, so a server loads what it searches with, and nothing more.
 */
export function writeSparseVectors(path: string, columns: SparseColumns, passages: number, twoStageFrom = TWO_STAGE_MIN_PASSAGES): Promise<FileChecksum> {
  if (passages < twoStageFrom) {
    const meta: SparseMeta = { kind: "sparse-vectors", dimensions: columns.dimensions, passages, layout: "columns" };
    return writeBinaryFile(path, meta, { offsets: columns.offsets, docs: columns.docs, values: columns.values });
  }
  return writeTwoStage(path, columnsToRows(columns, passages), passages);
}

/** The two-stage layout: the rows for the exact re-score, and the impact lists built from them for the first stage. */
function writeTwoStage(path: string, rows: SparseRows, passages: number): Promise<FileChecksum> {
  const impact = buildImpactColumns(rows, passages);
  const meta: SparseMeta = { kind: "sparse-vectors", dimensions: rows.dimensions, passages, layout: "two-stage", impactTiers: impact.tiers };
  return writeBinaryFile(path, meta, {
    rowOffsets: rows.offsets,
    rowDims: rows.dims,
    rowValues: rows.values,
    impactStarts: impact.starts,
    impactLow: impact.low,
    impactMeans: impact.means,
  });
}

/**
 * The file `writeSparseVectors(path, rowsToColumns(rows), passages, twoStageFrom)` writes, byte for byte, from the
 * rows an ingest built: in the two-stage layout the rows are stored as they are and the impact lists are built
 * from them directly, so the full columns and the rows made back from them are never built (at a million passages,
 * three passes over ~120 million values, most of the vector file's ~20 s, and their memory). Rows whose dimensions
 * are not strictly ascending (never the case for SparseRowsBuilder's) take the long way, which sorts them.
 */
export function writeSparseRows(path: string, rows: SparseRows, passages: number, twoStageFrom = TWO_STAGE_MIN_PASSAGES): Promise<FileChecksum> {
  if (passages < twoStageFrom || rows.offsets.length !== passages + 1 || !rowsAscending(rows)) {
    return writeSparseVectors(path, rowsToColumns(rows), passages, twoStageFrom);
  }
  return writeTwoStage(path, rows, passages);
}

/** True when the rows start at 0 and each row's dimensions are strictly ascending (columnsToRows then gives them back unchanged). */
function rowsAscending(rows: SparseRows): boolean {
  const { offsets, dims } = rows;
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== dims.length) return false;
  for (let i = 0; i + 1 < offsets.length; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (end < start) return false;
    for (let j = start + 1; j < end; j++) if (dims[j]! <= dims[j - 1]!) return false;
  }
  return true;
}

/** Reads what a server searches with from `path` (or `bytes` already read from it), checked for `passages`. */
/**
 * `deep: false` checks sizes and offsets but not every value's range: for a build whose SHA-256 is being verified
 * meanwhile (load-index.ts), where reading 200 million values again cost 0.4 s of start-up at a million passages.
 */
export async function readSparseSearchData(path: string, passages: number, bytes?: Buffer, deep = true): Promise<SparseSearchData> {
  const { meta, arrays } = await readBinaryFile<SparseMeta>(path, bytes);
  if (meta.kind !== "sparse-vectors") throw new Error(`${path} holds no sparse vectors`);
  if (meta.passages !== passages) throw new Error(`${path} holds ${meta.passages} vectors for ${passages} passages`);
  if (meta.layout !== "two-stage") {
    const columns = { dimensions: meta.dimensions, offsets: asInt32(arrays.offsets!), docs: asInt32(arrays.docs!), values: arrays.values as Float32Array };
    checkColumns(columns, passages, deep);
    return { kind: "exact", columns };
  }
  const rows: SparseRows = {
    dimensions: meta.dimensions,
    offsets: asInt32(arrays.rowOffsets!),
    dims: arrays.rowDims as Uint16Array,
    values: arrays.rowValues as Float32Array,
  };
  checkRows(rows, passages, deep);
  return { kind: "two-stage", rows, coarse: firstStageOf(meta, arrays, passages, deep) };
}

/** The first stage of a two-stage file: its impact lists, or the coarse columns of an older build; checked. */
function firstStageOf(meta: SparseMeta, arrays: Record<string, unknown>, passages: number, deep: boolean): TwoStageData["coarse"] {
  if (arrays.impactStarts) {
    const impact: ImpactColumns = {
      dimensions: meta.dimensions,
      passages,
      tiers: meta.impactTiers ?? 0,
      starts: asInt32(arrays.impactStarts as Int32Array),
      low: arrays.impactLow as Uint16Array,
      means: arrays.impactMeans as Float32Array,
    };
    if (!(impact.low instanceof Uint16Array) || !(impact.means instanceof Float32Array)) throw new Error("impact lists do not add up (array types)");
    checkImpactColumns(impact, passages, deep);
    return impact;
  }
  const coarse = { dimensions: meta.dimensions, offsets: asInt32(arrays.coarseOffsets as Int32Array), docs: asInt32(arrays.coarseDocs as Int32Array), values: arrays.coarseValues as Float32Array };
  checkColumns(coarse, passages, deep);
  return coarse;
}

/** Dimensions read at a time while packing rows (16 MB of the file). */
const PACK_CHUNK = 1 << 23;

/**
 * What a server searches with, read from `path` piece by piece for a large build: a two-stage file with at most 512
 * dimensions gives packed rows (one byte a dimension, see PackedRows), its other arrays each in a buffer of its own
 * (shared memory if `shared`, for the search thread). Resolves to null for any other file (read it whole with
 * readSparseSearchData). Sizes and offsets are checked (a damaged or truncated file fails here, naming itself:
 * `shownAs`), values are not: as readSparseSearchData with `deep` false, for a build whose SHA-256 is checked
 * meanwhile (load-index.ts).
 */
export async function openSparseSearchData(path: string, passages: number, options: { shared?: boolean; shownAs?: string } = {}): Promise<SparseSearchData | null> {
  const shown = options.shownAs ?? path;
  return withBinaryFile<SparseMeta, SparseSearchData | null>(path, shown, async (file, pending) => {
    const { meta, places } = file;
    if (meta.kind !== "sparse-vectors") throw new Error(`${shown} holds no sparse vectors`);
    if (meta.passages !== passages) throw new Error(`${shown} holds ${meta.passages} vectors for ${passages} passages`);
    const { dimensions } = meta;
    if (meta.layout !== "two-stage" || !(dimensions <= 512)) return null;
    const first = places.impactStarts ? (["impactStarts", "impactLow", "impactMeans"] as const) : (["coarseOffsets", "coarseDocs", "coarseValues"] as const);
    const types = places.impactStarts
      ? ({ rowOffsets: "i32", rowDims: "u16", rowValues: "f32", impactStarts: "i32", impactLow: "u16", impactMeans: "f32" } as const)
      : ({ rowOffsets: "i32", rowDims: "u16", rowValues: "f32", coarseOffsets: "i32", coarseDocs: "i32", coarseValues: "f32" } as const);
    for (const [name, type] of Object.entries(types)) if (places[name]?.type !== type) throw new Error(`${shown} does not add up (array ${name})`);
    const shared = options.shared ?? false;
    const offsets = (await readArrays(file, ["rowOffsets"], { shared })).rowOffsets as Int32Array;
    const count = places.rowDims!.length;
    if (offsets.length !== passages + 1 || offsets[0] !== 0 || offsets[passages] !== count || places.rowValues!.length !== count) {
      throw new Error(`${shown}: sparse vector rows do not add up (${passages} passages, ${count} values)`);
    }
    for (let i = 0; i < passages; i++) if (offsets[i]! > offsets[i + 1]!) throw new Error(`${shown}: sparse vectors of passage ${i} are out of order`);
    // The other arrays are read while the dimensions are packed.
    const rest = readArrays(file, ["rowValues", ...first], { separate: true, shared });
    // Awaited below (or, on a failure, before the file is closed); this keeps its failure from counting as unhandled.
    rest.catch(() => undefined);
    pending.push(rest);
    const dims8 = new Uint8Array(shared ? new SharedArrayBuffer(count) : new ArrayBuffer(count));
    const high = new Int32Array(shared ? new SharedArrayBuffer(4 * passages) : new ArrayBuffer(4 * passages));
    // Whole rows at a time, about PACK_CHUNK dimensions (a row holds at most `dimensions`), the next chunk read
    // while one is packed.
    const chunks: [number, number][] = [];
    for (let r0 = 0; r0 < passages; ) {
      let r1 = r0 + 1;
      while (r1 < passages && offsets[r1 + 1]! - offsets[r0]! <= PACK_CHUNK) r1++;
      chunks.push([r0, r1]);
      r0 = r1;
    }
    const size = 2 * Math.min(PACK_CHUNK + dimensions, count);
    const buffers = [Buffer.from(new ArrayBuffer(size)), Buffer.from(new ArrayBuffer(size))];
    const readChunk = (c: number) => {
      const from = offsets[chunks[c]![0]]!;
      return readAt(file.fd, shown, places.rowDims!.at + 2 * from, 2 * (offsets[chunks[c]![1]]! - from), false, buffers[c & 1]);
    };
    let next = chunks.length ? readChunk(0) : null;
    for (let c = 0; c < chunks.length; c++) {
      const bytes = await next!;
      next = c + 1 < chunks.length ? readChunk(c + 1) : null;
      if (next) pending.push(next.catch(() => undefined));
      const [r0, r1] = chunks[c]!;
      const from = offsets[r0]!;
      const dims = new Uint16Array(bytes.buffer, 0, offsets[r1]! - from);
      // Each dimension's low byte (a typed-array copy converts modulo 256), and where each row reaches 256.
      dims8.set(dims, from);
      splitRows(dims, from, offsets, high, r0, r1);
    }
    const a = await rest;
    const values = a.rowValues as Float32Array;
    let coarse: TwoStageData["coarse"];
    try {
      coarse = firstStageOf(meta, a, passages, false);
    } catch (err) {
      throw renamed(new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`), path, shown);
    }
    return { kind: "two-stage", rows: { dimensions, offsets, dims8, high, values }, coarse };
  });
}

/**
 * For rows r0 .. r1 (their dimensions in `dims`, from position `from`): where each row's dimensions reach 256, by
 * bisection (a row is ascending). A damaged row gives a wrong place, never one outside the row, and its SHA-256
 * check then fails (load-index.ts); every dimension read stays below 512.
 */
function splitRows(dims: Uint16Array, from: number, offsets: Int32Array, high: Int32Array, r0: number, r1: number): void {
  for (let r = r0; r < r1; r++) {
    let lo = offsets[r]!;
    let hi = offsets[r + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (dims[mid - from]! < 256) lo = mid + 1;
      else hi = mid;
    }
    high[r] = lo;
  }
}

/** Reads the vectors as columns, whichever layout the file holds (an incremental build merges columns). */
export async function readSparseVectors(path: string, passages: number, bytes?: Buffer): Promise<SparseColumns> {
  const data = await readSparseSearchData(path, passages, bytes);
  return data.kind === "exact" ? data.columns : rowsToColumns(unpackRows(data.rows));
}

/** Throws unless the rows are consistent and name only dimensions below `rows.dimensions`. */
export function checkRows(rows: SparseRows, passages: number, deep = true): void {
  const { dimensions, offsets, dims, values } = rows;
  if (offsets.length !== passages + 1 || offsets[passages] !== dims.length || values.length !== dims.length || offsets[0] !== 0) {
    throw new Error(`sparse vector rows do not add up (${passages} passages, ${dims.length} values)`);
  }
  for (let i = 0; i < passages; i++) if (offsets[i]! > offsets[i + 1]!) throw new Error(`sparse vectors of passage ${i} are out of order`);
  if (deep) for (let j = 0; j < dims.length; j++) if (dims[j]! >= dimensions) throw new Error(`sparse vectors name dimension ${dims[j]} of ${dimensions}`);
}
