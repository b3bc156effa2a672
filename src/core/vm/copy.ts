// Copying a small packet into its frame, once per run of a runner (ctx_xdp.ts, XDP's refill).
// TypedArray.prototype.set is a call into the engine's runtime that costs about as much as the
// compiled code of a small program (~20 ns for 64 bytes, whatever the length up to a few
// hundred); eight 64-bit words copied by straight-line code with constant indices cost a fifth
// of that (V8's optimising tier copies a BigInt64Array element into another without making a
// BigInt), 16 int32 words a third. A loop of element copies is slower than set (each access is
// checked against the arrays' bounds): hence one unrolled block, for packets of 64 to 127 bytes
// (minimum-size Ethernet frames and the UI's default packet); other lengths get set. 64-bit
// integer elements copy bytes exactly, as int32 ones do (float elements would not: a NaN's bits
// may change).
//
// The source is the caller's array, which the caller may change between runs: its bytes are
// read on every copy. What is kept from run to run is only a BigInt64Array view of the same
// bytes (a view, not a copy: it sees every change), made again whenever the source is another
// array; making it costs more than set saves, so it is made on the second copy from the same
// array, and a stream that hands over a new array per packet gets set.

export class FrameCopier {
  /** The frame from `at` on, as 64-bit words (undefined when its bytes do not start on an 8-byte boundary: set only). */
  private readonly words?: BigInt64Array;
  /** The last source array, and its bytes as words (undefined: not yet, or not 8-byte aligned). */
  private src?: Uint8Array = undefined;
  private srcWords?: BigInt64Array = undefined;

  /** A copier into `dst` at byte `at`. */
  constructor(
    private readonly dst: Uint8Array,
    private readonly at: number,
  ) {
    if (((dst.byteOffset + at) & 7) === 0) this.words = new BigInt64Array(dst.buffer, dst.byteOffset + at, (dst.byteLength - at) >> 3);
  }

  /** dst.set(src, at); src must fit the frame from `at` (the caller checks). Small, so that the caller takes it in whole. */
  copy(src: Uint8Array): void {
    const s = this.srcWords;
    const n = src.length;
    if (src === this.src && s !== undefined && n >= 64 && n < 128 && s.length === n >> 3) {
      copy8(this.words!, s);
      if (n > 64) this.rest(src);
    } else this.other(src);
  }

  /** A new array (or one whose length changed, a view of a resizable buffer), or a length set copies faster. */
  private other(src: Uint8Array): void {
    const n = src.length;
    // a second copy from the same array makes the word view (one copy of a new array would not pay for it)
    const s = src === this.src && this.words !== undefined && (src.byteOffset & 7) === 0 ? new BigInt64Array(src.buffer, src.byteOffset, n >> 3) : undefined;
    this.src = src;
    this.srcWords = s;
    if (s === undefined || n < 64 || n >= 128) this.dst.set(src, this.at);
    else {
      copy8(this.words!, s);
      this.rest(src);
    }
  }

  /** Past the first 64 bytes: whole words, then the last 0-7 bytes. */
  private rest(src: Uint8Array): void {
    const d = this.words!, s = this.srcWords!, n = src.length >> 3;
    for (let k = 8; k < n; k++) d[k] = s[k];
    const dst = this.dst, at = this.at;
    for (let b = n << 3; b < src.length; b++) dst[at + b] = src[b];
  }
}

/** The first eight words, constant indices: each access's bounds check is against a constant. */
function copy8(d: BigInt64Array, s: BigInt64Array): void {
  d[0] = s[0]; d[1] = s[1]; d[2] = s[2]; d[3] = s[3];
  d[4] = s[4]; d[5] = s[5]; d[6] = s[6]; d[7] = s[7];
}
