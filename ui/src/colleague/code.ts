// A colleague's answers as the short code they send back: the same bytes
// crates/exchange/src/colleague.rs reads (docs/EXPORT-FORMAT.md, "Colleague
// answer codes"). The answer form writes it in the colleague's browser; no
// library, because the form is one self-contained page.

/** What every code starts with. */
export const CODE_PREFIX = "RSP-";
const CODE_VERSION = 1;
const SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUP = 6;
/** The answer value for "weet ik niet". */
export const DONT_KNOW = 6;
export const MAX_OPEN_ANSWERS = 3;
export const MAX_OPEN_CHARS = 1000;

export interface ColleagueAnswers {
  /** The request's key: the first 8 bytes of its id. */
  request: Uint8Array;
  /** This answer set's random key. */
  answer: Uint8Array;
  listVersion: number;
  /** 1–5, or DONT_KNOW, in the list's order. */
  answers: number[];
  /** The open answers, in the request's order. */
  open: string[];
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE), as zip, PNG and crc32fast compute it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Bytes as Crockford base32 symbols, 5 bits each, zero-filled at the end. */
function base32(bytes: Uint8Array): string {
  let out = "";
  let acc = 0;
  let held = 0;
  for (const byte of bytes) {
    acc = ((acc << 8) | byte) & 0xffff;
    held += 8;
    while (held >= 5) {
      held -= 5;
      out += SYMBOLS[(acc >> held) & 31];
    }
  }
  if (held > 0) out += SYMBOLS[(acc << (5 - held)) & 31];
  return out;
}

/** The code for a set of answers, ready to paste. */
export function answerCode(given: ColleagueAnswers): string {
  const bytes: number[] = [CODE_VERSION, 0, 0, ...given.request.slice(0, 8), ...given.answer.slice(0, 8)];
  bytes.push(given.listVersion & 0xff);
  const answers = given.answers.slice(0, 255);
  bytes.push(answers.length);
  let bit = 0;
  const packed = new Uint8Array(Math.ceil((answers.length * 3) / 8));
  for (const value of answers) {
    for (let shift = 2; shift >= 0; shift--, bit++) {
      if ((value >> shift) & 1) packed[bit >> 3] = (packed[bit >> 3] as number) | (1 << (7 - (bit & 7)));
    }
  }
  bytes.push(...packed);
  const open = given.open.slice(0, MAX_OPEN_ANSWERS);
  bytes.push(open.length);
  const encoder = new TextEncoder();
  for (const text of open) {
    const utf8 = encoder.encode([...text].slice(0, MAX_OPEN_CHARS).join(""));
    bytes.push(utf8.length >> 8, utf8.length & 0xff, ...utf8);
  }
  const length = bytes.length - 3;
  bytes[1] = length >> 8;
  bytes[2] = length & 0xff;
  const check = crc32(Uint8Array.from(bytes));
  bytes.push(check >>> 24, (check >>> 16) & 0xff, (check >>> 8) & 0xff, check & 0xff);
  const symbols = base32(Uint8Array.from(bytes));
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return CODE_PREFIX + groups.join("-");
}
