//! The answer code a colleague sends back: their answers to the colleagues'
//! list (and the open questions) as one short line of text to paste into a
//! mail or chat, or to attach as a small file. Described in
//! `docs/EXPORT-FORMAT.md` § "Colleague answer codes"; the answer form
//! (`ui/src/colleague/`) writes the same bytes.
//!
//! A code is `RSP-` and the payload in Crockford's base32 (digits and
//! capitals without I, L, O and U, read in any case, `O` as zero and `I`/`L`
//! as one; bits most significant first, the last symbol filled with zero
//! bits), in groups of six joined by `-`. When reading, spaces, line breaks
//! and hyphens between symbols are skipped, and the code ends where its
//! length says (at a space, a hyphen or the end of the text), so words
//! after it in a mail do not matter. The payload:
//!
//! | bytes | what |
//! |---|---|
//! | 1 | format version, [`CODE_VERSION`] |
//! | 2 | the number of bytes from here up to the checksum, big-endian |
//! | 8 | the request's key (the first 8 bytes of its id) |
//! | 8 | this answer's key, random, to see a code sent twice |
//! | 1 | the statement list's version |
//! | 1 | number of statements, `n` |
//! | ⌈3n/8⌉ | the answers, 3 bits each, most significant first: 1–5 the scale, 6 "weet ik niet" |
//! | 1 | number of open answers (at most [`MAX_OPEN_ANSWERS`]) |
//! | 2 + len, each | an open answer: its UTF-8 length (big-endian) and bytes |
//! | 4 | CRC-32 (IEEE) of everything before it, big-endian |
//!
//! The checksum finds every change of one character (a character is 5
//! bits, CRC-32 finds every burst of up to 32), so a typo or a cut never
//! passes as other answers. Nothing in a code names the colleague.

use std::fmt;

use rolspiegel_core::{Answer, Likert};

/// What every code starts with.
pub const CODE_PREFIX: &str = "RSP-";
/// The version of the payload this build writes and reads.
pub const CODE_VERSION: u8 = 1;
/// Open questions a request may ask, and so answers a code may carry.
pub const MAX_OPEN_ANSWERS: usize = 3;
/// Characters one open answer may have.
pub const MAX_OPEN_CHARS: usize = 1_000;
/// Statements a code may carry.
pub const MAX_CODE_STATEMENTS: usize = 255;
/// The longest text read as one code: the largest payload, in base32, with
/// its hyphens and some room for line breaks a mail program adds. Longer
/// input is refused before it is decoded.
pub const MAX_CODE_CHARS: usize = 24_000;

/// Symbols per group in the written code.
const GROUP: usize = 6;
/// The answer value that means "weet ik niet".
const DONT_KNOW: u8 = 6;

/// Crockford's base32 symbols, by value.
const SYMBOLS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A symbol's value, reading look-alikes as Crockford does; `None` for
/// anything else (`U` included).
fn symbol_value(c: u8) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        b'O' => b'0',
        b'I' | b'L' => b'1',
        other => other,
    };
    SYMBOLS
        .iter()
        .position(|s| *s == c)
        .and_then(|v| u8::try_from(v).ok())
}

/// The key that ties a code to its request: the first 8 bytes of the
/// request's id.
pub type RequestKey = [u8; 8];
/// The random key of one colleague's answers.
pub type AnswerKey = [u8; 8];

/// One colleague's answers, as a code carries them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColleagueAnswers {
    /// The request answered.
    pub request: RequestKey,
    /// This set of answers (a code sent twice has the same key).
    pub answer: AnswerKey,
    /// The statement list's version.
    pub list_version: u8,
    /// One answer per statement, in the list's order.
    pub answers: Vec<Answer>,
    /// The open answers, in the request's order (empty ones included).
    pub open: Vec<String>,
}

/// Why a text is not a readable code. Each is worded for the person in the
/// app (`colleague-code-*` messages).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Nothing that starts with `RSP-`.
    #[error("not an answer code")]
    NotACode,
    /// Longer than any code can be.
    #[error("longer than an answer code can be")]
    TooLong,
    /// Too short, cut off, or with a character changed: the checksum or the
    /// length does not add up.
    #[error("incomplete or changed: the check does not add up")]
    Damaged,
    /// Written by a newer Rolspiegel.
    #[error("answer code version {0} is newer than this Rolspiegel")]
    NewerVersion(u8),
    /// An answer outside 1–5 and "weet ik niet".
    #[error("an answer outside the scale")]
    OutOfRange,
    /// More open answers, or a longer one, than a request can ask for.
    #[error("more open text than a request asks for")]
    TooMuchText,
    /// Open text that is not UTF-8.
    #[error("open text that cannot be read")]
    BadText,
}

impl ColleagueAnswers {
    /// The code, ready to paste.
    ///
    /// # Panics
    /// Never for answers that [`decode`] could return: at most
    /// [`MAX_CODE_STATEMENTS`] statements and [`MAX_OPEN_ANSWERS`] open
    /// answers of at most [`MAX_OPEN_CHARS`] characters (longer ones are
    /// cut to that).
    pub fn encode(&self) -> String {
        let mut bytes = vec![CODE_VERSION, 0, 0];
        bytes.extend_from_slice(&self.request);
        bytes.extend_from_slice(&self.answer);
        bytes.push(self.list_version);
        let count = self.answers.len().min(MAX_CODE_STATEMENTS);
        bytes.push(u8::try_from(count).unwrap_or(u8::MAX));
        let mut bits = Bits::default();
        for answer in self.answers.iter().take(count) {
            bits.push(match answer {
                Answer::Scale(likert) => likert.value(),
                Answer::DontKnow => DONT_KNOW,
            });
        }
        bytes.extend(bits.finish());
        let open: Vec<&String> = self.open.iter().take(MAX_OPEN_ANSWERS).collect();
        bytes.push(u8::try_from(open.len()).unwrap_or(0));
        for text in open {
            let cut: String = text.chars().take(MAX_OPEN_CHARS).collect();
            let len = u16::try_from(cut.len()).unwrap_or(u16::MAX);
            bytes.extend_from_slice(&len.to_be_bytes());
            bytes.extend_from_slice(&cut.as_bytes()[..usize::from(len)]);
        }
        let length = u16::try_from(bytes.len() - 3).unwrap_or(u16::MAX);
        bytes[1..3].copy_from_slice(&length.to_be_bytes());
        let check = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&check.to_be_bytes());
        let symbols = to_base32(&bytes);
        let groups: Vec<String> = symbols
            .chunks(GROUP)
            .map(|g| g.iter().map(|&b| char::from(b)).collect())
            .collect();
        format!("{CODE_PREFIX}{}", groups.join("-"))
    }
}

/// Reads one code. Case, spaces, line breaks and hyphens do not matter; the
/// text may hold words around the code (a mail's greeting), as long as it
/// holds one code only — see [`find_codes`] for more.
pub fn decode(text: &str) -> Result<ColleagueAnswers, CodeError> {
    if text.len() > MAX_CODE_CHARS {
        return Err(CodeError::TooLong);
    }
    let start = code_starts(text).next().ok_or(CodeError::NotACode)?;
    // The symbols, and after how many of them a space or hyphen came (a
    // code ends at one of those, or at the end of its symbols).
    let mut values = Vec::new();
    let mut ends = Vec::new();
    for c in text[start + CODE_PREFIX.len()..].bytes() {
        if let Some(v) = symbol_value(c) {
            values.push(v);
        } else if c == b'-' || c.is_ascii_whitespace() {
            ends.push(values.len());
        } else {
            break;
        }
    }
    ends.push(values.len());
    if values.is_empty() {
        return Err(CodeError::NotACode);
    }
    let bytes = from_base32(&values);
    // The length field says where the checksum is, whatever the version.
    let length = match bytes.get(1..3) {
        Some(&[high, low]) => usize::from(u16::from_be_bytes([high, low])),
        _ => return Err(CodeError::Damaged),
    };
    let total = 3 + length + 4;
    let symbols = (total * 8).div_ceil(5);
    if bytes.len() < total || !ends.contains(&symbols) || !zero_tail(&values[..symbols], total) {
        return Err(CodeError::Damaged);
    }
    let (payload, check) = bytes[..total]
        .split_last_chunk::<4>()
        .ok_or(CodeError::Damaged)?;
    if crc32fast::hash(payload) != u32::from_be_bytes(*check) {
        return Err(CodeError::Damaged);
    }
    let mut read = Reader(payload);
    let version = read.byte()?;
    if version != CODE_VERSION {
        return Err(CodeError::NewerVersion(version));
    }
    read.take(2)?;
    let request = read.array::<8>()?;
    let answer = read.array::<8>()?;
    let list_version = read.byte()?;
    let count = usize::from(read.byte()?);
    let packed = read.take((count * 3).div_ceil(8))?;
    let answers = (0..count)
        .map(|i| match bit_value(packed, i) {
            DONT_KNOW => Ok(Answer::DontKnow),
            value => Likert::new(i64::from(value))
                .map(Answer::Scale)
                .map_err(|_| CodeError::OutOfRange),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let open_count = usize::from(read.byte()?);
    if open_count > MAX_OPEN_ANSWERS {
        return Err(CodeError::TooMuchText);
    }
    let mut open = Vec::with_capacity(open_count);
    for _ in 0..open_count {
        let len = u16::from_be_bytes(read.array::<2>()?);
        let text =
            std::str::from_utf8(read.take(usize::from(len))?).map_err(|_| CodeError::BadText)?;
        if text.chars().count() > MAX_OPEN_CHARS {
            return Err(CodeError::TooMuchText);
        }
        open.push(text.to_owned());
    }
    if !read.0.is_empty() {
        return Err(CodeError::Damaged);
    }
    Ok(ColleagueAnswers {
        request,
        answer,
        list_version,
        answers,
        open,
    })
}

/// Where codes begin in `text`: `RSP-` (in any case) at the start or after
/// a character that cannot be part of a code. Inside a code, a group that
/// ends in R, S, P is followed by a hyphen too, and is no new code.
fn code_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(CODE_PREFIX.len() - 1)).filter(move |&i| {
        bytes[i..i + CODE_PREFIX.len()].eq_ignore_ascii_case(CODE_PREFIX.as_bytes())
            && (i == 0 || {
                let before = bytes[i - 1];
                !(before.is_ascii_alphanumeric() || before == b'-')
            })
    })
}

/// The text of a file of answer codes, read leniently: codes are plain
/// ASCII, so bytes that are no UTF-8 become replacement characters (which
/// no code holds), and the zero bytes a file saved as UTF-16 puts between
/// its characters are left out.
pub fn file_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace('\0', "")
}

/// Every code in a text (a file a colleague attached, or several codes
/// pasted at once), each read on its own, at most `limit` of them: the
/// number of codes beyond it comes back apart, so a file of millions is
/// counted, never held. Each code is read from at most
/// [`MAX_CODE_CHARS`] of the text after its start, so long words after the
/// last code do not make it too long.
pub fn find_codes(text: &str, limit: usize) -> (Vec<Result<ColleagueAnswers, CodeError>>, usize) {
    let mut read = Vec::new();
    let mut more = 0;
    let mut starts = code_starts(text).peekable();
    while let Some(start) = starts.next() {
        if read.len() >= limit {
            more += 1;
            continue;
        }
        let next = starts.peek().copied().unwrap_or(text.len());
        let mut end = next.min(start + MAX_CODE_CHARS);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        read.push(decode(&text[start..end]));
    }
    (read, more)
}

impl fmt::Display for ColleagueAnswers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.encode())
    }
}

/// Packs 3-bit values, most significant bit first.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    used: usize,
}

impl Bits {
    fn push(&mut self, value: u8) {
        for shift in (0..3).rev() {
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let bit = (value >> shift) & 1;
            if let Some(last) = self.bytes.last_mut() {
                *last |= bit << (7 - self.used % 8);
            }
            self.used += 1;
        }
    }

    fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

/// Bit `at` of a stream of `width`-bit values, most significant first
/// (0 past its end).
fn bit(values: &[u8], width: usize, at: usize) -> u8 {
    values
        .get(at / width)
        .map_or(0, |v| (v >> (width - 1 - at % width)) & 1)
}

/// `count` bits from bit `from` of a stream of `width`-bit values, as one
/// number.
fn bits(values: &[u8], width: usize, from: usize, count: usize) -> u8 {
    (from..from + count).fold(0, |n, at| (n << 1) | bit(values, width, at))
}

/// The `index`th 3-bit value in `packed`.
fn bit_value(packed: &[u8], index: usize) -> u8 {
    bits(packed, 8, index * 3, 3)
}

/// Reads the payload front to back; running out is a damaged code.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], CodeError> {
        if self.0.len() < n {
            return Err(CodeError::Damaged);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, CodeError> {
        Ok(self.take(1)?[0])
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], CodeError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
}

/// Bytes as base32 symbols, 5 bits each, most significant first, the last
/// symbol filled with zero bits.
fn to_base32(bytes: &[u8]) -> Vec<u8> {
    (0..(bytes.len() * 8).div_ceil(5))
        .map(|n| SYMBOLS[usize::from(bits(bytes, 8, n * 5, 5))])
        .collect()
}

/// Symbol values back to bytes: every whole byte they hold.
fn from_base32(values: &[u8]) -> Vec<u8> {
    (0..values.len() * 5 / 8)
        .map(|n| bits(values, 5, n * 8, 8))
        .collect()
}

/// Whether the bits after the first `bytes` bytes in `values` are zero, as
/// the writer leaves them (so one code has one spelling).
fn zero_tail(values: &[u8], bytes: usize) -> bool {
    (bytes * 8..values.len() * 5).all(|at| bit(values, 5, at) == 0)
}
