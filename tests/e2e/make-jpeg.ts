// A real baseline JPEG written byte by byte: one flat colour (so every 8x8
// block is a lone DC coefficient) plus an EXIF APP1 segment with GPS and camera
// tags, so image-metadata checks run on the bytes a phone would produce.

export interface JpegOptions {
  width?: number;
  height?: number;
  rgb?: [number, number, number];
  /** Decimal degrees; null leaves the GPS IFD out. */
  gps?: { lat: number; lon: number } | null;
  make?: string;
  model?: string;
  artist?: string;
  copyright?: string;
}

/** Medicine Hat, Alberta. */
export const DEFAULT_GPS = { lat: 50.0405, lon: -110.6764 };

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
// EXIF says ASCII; phones write UTF-8, and readers accept it.
const ascii = (s: string) => [...Buffer.from(`${s}\0`, 'utf8')];
const segment = (marker: number, body: number[]) => [0xff, marker, ...u16(body.length + 2), ...body];

// TIFF field types.
const BYTE = 1;
const ASCII = 2;
const LONG = 4;
const RATIONAL = 5;
type Entry = [tag: number, type: number, count: number, bytes: number[]];

/** A big-endian TIFF IFD placed at `offset`; values over 4 bytes follow it. */
function ifd(entries: Entry[], offset: number): number[] {
  const head: number[] = [...u16(entries.length)];
  const tail: number[] = [];
  let dataAt = offset + 2 + entries.length * 12 + 4;
  for (const [tag, type, count, bytes] of entries) {
    head.push(...u16(tag), ...u16(type), ...u32(count));
    if (bytes.length <= 4) head.push(...bytes, ...Array(4 - bytes.length).fill(0));
    else {
      head.push(...u32(dataAt + tail.length));
      tail.push(...bytes, ...(bytes.length % 2 ? [0] : []));
    }
  }
  return [...head, ...u32(0), ...tail];
}

function dms(deg: number): number[] {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 1000);
  return [...u32(d), ...u32(1), ...u32(m), ...u32(1), ...u32(s), ...u32(1000)];
}

function exif(o: JpegOptions): number[] {
  const str = (tag: number, s: string | undefined): Entry[] => (s ? [[tag, ASCII, ascii(s).length, ascii(s)]] : []);
  const base: Entry[] = [
    ...str(0x010f, o.make),
    ...str(0x0110, o.model),
    ...str(0x013b, o.artist),
    ...str(0x8298, o.copyright),
  ];
  const gps = o.gps;
  if (!gps && base.length === 0) return [];
  const withPointer = (at: number): Entry[] => (gps ? [...base, [0x8825, LONG, 1, u32(at)]] : base);
  const ifd0 = ifd(withPointer(0), 8);
  const gpsIfd = gps
    ? ifd(
        [
          [0x0000, BYTE, 4, [2, 3, 0, 0]],
          [0x0001, ASCII, 2, ascii(gps.lat >= 0 ? 'N' : 'S')],
          [0x0002, RATIONAL, 3, dms(gps.lat)],
          [0x0003, ASCII, 2, ascii(gps.lon >= 0 ? 'E' : 'W')],
          [0x0004, RATIONAL, 3, dms(gps.lon)],
        ],
        8 + ifd0.length,
      )
    : [];
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, ...u32(8), ...ifd(withPointer(8 + ifd0.length), 8), ...gpsIfd];
  return segment(0xe1, [...ascii('Exif'), 0, ...tiff]);
}

const category = (n: number) => (n === 0 ? 0 : Math.floor(Math.log2(Math.abs(n))) + 1);

/** Entropy-coded scan: per block a DC difference and an end-of-block, with 0xFF stuffing. */
function scan(dcs: number[], blocks: number, dcCode: Map<number, number>): number[] {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) {
      acc = (acc << 1) | ((value >> i) & 1);
      if (++bits === 8) {
        out.push(acc);
        if (acc === 0xff) out.push(0);
        acc = 0;
        bits = 0;
      }
    }
  };
  for (let b = 0; b < blocks; b++) {
    dcs.forEach((dc, c) => {
      const diff = b === 0 ? dc : 0;
      const cat = category(diff);
      put(dcCode.get(cat)!, 3);
      put(diff < 0 ? diff + (1 << cat) - 1 : diff, cat);
      put(0, 1); // end of block: every AC coefficient is zero
    });
  }
  if (bits > 0) put(0xff, 8 - bits);
  return out;
}

/** The bytes of a small valid JPEG carrying the given EXIF tags (GPS and an iPhone by default). */
export function makeJpeg(options: JpegOptions = {}): Buffer {
  const defaults: JpegOptions = { gps: DEFAULT_GPS, make: 'Apple', model: 'iPhone 14' };
  const o = { width: 16, height: 16, rgb: [40, 120, 200] as [number, number, number], ...defaults, ...options };
  const [r, g, b] = o.rgb;
  // With every quantiser at 8, a flat block's DC coefficient is the level-shifted sample.
  const ycc = [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ].map((v) => Math.round(v) - 128);
  const cats = [...new Set([0, ...ycc.map(category)])].sort((a, b) => a - b);
  const dcCode = new Map(cats.map((c, i) => [c, i]));
  const blocks = Math.ceil(o.width / 8) * Math.ceil(o.height / 8);
  const counts = (n: number, length: number) => Array.from({ length: 16 }, (_, i) => (i === length - 1 ? n : 0));
  return Buffer.from([
    0xff, 0xd8,
    ...exif(o),
    ...segment(0xdb, [0x00, ...Array(64).fill(8)]),
    ...segment(0xc0, [8, ...u16(o.height), ...u16(o.width), 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]),
    ...segment(0xc4, [0x00, ...counts(cats.length, 3), ...cats, 0x10, ...counts(1, 1), 0x00]),
    ...segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]),
    ...scan(ycc, blocks, dcCode),
    0xff, 0xd9,
  ]);
}

/** A file payload for Playwright's setInputFiles. */
export const jpegFile = (name: string, options?: JpegOptions) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: makeJpeg(options),
});
