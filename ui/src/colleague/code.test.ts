// The form's code writer against the Rust reader's own example: both sides
// of docs/EXPORT-FORMAT.md "Colleague answer codes" write the same bytes.
import { describe, expect, it } from "vitest";
import { answerCode, crc32, DONT_KNOW } from "./code";

/** The answers crates/exchange/tests/colleague.rs encodes as its example. */
function full() {
  return {
    request: Uint8Array.from([0x8f, 0x12, 0xa0, 0x55, 0x00, 0xff, 0x41, 0x9c]),
    answer: Uint8Array.from([7, 6, 5, 4, 3, 2, 1, 0]),
    listVersion: 2,
    answers: Array.from({ length: 44 }, (_, i) => (i % 9 === 8 ? DONT_KNOW : 1 + (i % 5))),
    open: [] as string[],
  };
}

describe("colleague answer code", () => {
  it("computes CRC-32 as zip does", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("writes the example the Rust reader reads", () => {
    const code = answerCode(full());
    expect(code).toBe("RSP-040293-RJM1AG-1ZT1KG-3GC184-0C1020-025GMW-MMYMMW-MNMMMW-MWWMMW-Q4WMMW-006R54-BK4");
    expect(code.length).toBeLessThanOrEqual(120);
  });

  it("writes open answers as the Rust reader's test does", () => {
    const withText = { ...full(), open: ["Als het spannend wordt.", "", ""] };
    expect(answerCode(withText)).toBe(
      "RSP-040433-RJM1AG-1ZT1KG-3GC184-0C1020-025GMW-MMYMMW-MNMMMW-MWWMMW-Q4WMMW-00R02X-0PRWS0-D1JQ88-3KE1GP-WVK5DS-J20XVF-E9J78B-G00000-1X1Z9W-00",
    );
  });

  it("carries open answers as UTF-8 with their length, cut at 1,000 characters", () => {
    const withText = { ...full(), open: ["Zoë 👍", "", "x".repeat(1200)] };
    const code = answerCode(withText);
    expect(code.startsWith("RSP-")).toBe(true);
    // 43 bytes without open answers; each adds its length (2) and bytes.
    const symbols = code.slice(4).replaceAll("-", "").length;
    const bytes = 43 + (2 + 9) + 2 + (2 + 1000);
    expect(symbols).toBe(Math.ceil((bytes * 8) / 5));
  });
});
