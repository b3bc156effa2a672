// Copying a small packet into its frame, once per run of a runner (context.ts, XDP's refill).
// TypedArray.prototype.set is a call into the engine's runtime that costs about as much as the
// compiled code of a small program (~20 ns for 64 bytes, whatever the length up to a few
// hundred); int32 words copied by straight-line code with constant indices cost about half
// that for 64 bytes and break even near 128. A loop of word or byte copies is slower than set
// (each access is checked against the arrays' bounds): hence one unrolled block of 16 words,
// for packets of 64 to 127 bytes (minimum-size Ethernet frames and the UI's default packet).
//
// The source is the caller's array, which the caller may change between runs: its bytes are
// read on every copy. What is kept from run to run is only an Int32Array view of the same bytes
// (a view, not a copy: it sees every change), made again whenever the source is another array;
// making it costs more than set saves, so it is made on the second copy from the same array,
// and a stream that hands over a new array per packet gets set.

export class FrameCopier {
  /** The frame from `at` on, as words. */
  private readonly words: Int32Array;
  /** The last source array, and its bytes as words (undefined: not yet, or not word-aligned). */
  private src?: Uint8Array = undefined;
  private srcWords?: Int32Array = undefined;

  /** A copier into `dst` at byte `at`; dst's bytes from `at` must start on a 4-byte boundary. */
  constructor(
    private readonly dst: Uint8Array,
    private readonly at: number,
  ) {
    if (((dst.byteOffset + at) & 3) !== 0) throw new Error("internal: FrameCopier needs a word-aligned frame");
    this.words = new Int32Array(dst.buffer, dst.byteOffset + at, (dst.byteLength - at) >> 2);
  }

  /** dst.set(src, at); src must fit the frame from `at` (the caller checks). Small, so that the caller takes it in whole. */
  copy(src: Uint8Array): void {
    const s = this.srcWords;
    const n = src.length;
    if (src === this.src && s !== undefined && n >= 64 && n < 128 && s.length === n >> 2) {
      copy16(this.words, s);
      if (n > 64) this.rest(src, 16);
    } else this.other(src);
  }

  /** A new array (or one whose length changed, a view of a resizable buffer), or a length set copies faster. */
  private other(src: Uint8Array): void {
    const n = src.length >> 2;
    // a second copy from the same array makes the word view (one copy of a new array would not pay for it)
    const s = src === this.src && (src.byteOffset & 3) === 0 ? new Int32Array(src.buffer, src.byteOffset, n) : undefined;
    this.src = src;
    this.srcWords = s;
    if (s === undefined || n < 16 || n >= 32) this.dst.set(src, this.at);
    else {
      copy16(this.words, s);
      this.rest(src, 16);
    }
  }

  /** Words from `from` on and the last 0-3 bytes. */
  private rest(src: Uint8Array, from: number): void {
    const d = this.words, s = this.srcWords!, n = src.length >> 2;
    for (let k = from; k < n; k++) d[k] = s[k];
    const dst = this.dst, at = this.at;
    for (let b = n << 2; b < src.length; b++) dst[at + b] = src[b];
  }
}

/** The first 16 words, constant indices: each access's bounds check is against a constant. */
function copy16(d: Int32Array, s: Int32Array): void {
  d[0] = s[0]; d[1] = s[1]; d[2] = s[2]; d[3] = s[3];
  d[4] = s[4]; d[5] = s[5]; d[6] = s[6]; d[7] = s[7];
  d[8] = s[8]; d[9] = s[9]; d[10] = s[10]; d[11] = s[11];
  d[12] = s[12]; d[13] = s[13]; d[14] = s[14]; d[15] = s[15];
}
