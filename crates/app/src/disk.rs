//! Reading and writing the files a person chooses. Nothing here touches the
//! service or its lock: commands read a file *before* taking the lock and
//! write one *after* releasing it, so a slow disk, a network share or a FIFO
//! never freezes the window.
//!
//! - [`read_file`] reads only ordinary files: it opens without blocking and
//!   checks what it opened, so a FIFO, a device, a folder (or a link to one)
//!   is refused at once instead of blocking forever.
//! - [`write_file`] writes beside the target under a visible `.part` name and
//!   renames it into place, so a full disk never leaves half a file under
//!   the chosen name and a failed write leaves nothing at all; it replaces an
//!   existing file only when the save dialog asked the person about it.

use std::io::Read;
use std::path::{Path, PathBuf};

/// A file as read for the service: its name, and its bytes or why not.
#[derive(Debug)]
pub struct ReadFile {
    /// The file's name as people see it ([`display_name`]).
    pub name: String,
    /// Its bytes, or why they could not be read.
    pub bytes: Result<Vec<u8>, ReadFailure>,
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadFailure {
    /// Larger than the limit (its size); nothing was read.
    TooLarge(u64),
    /// A folder, FIFO, device or socket: not a file with contents.
    NotAFile,
    /// Missing, no permission, or a read error.
    Unreadable(std::io::Error),
}

/// Reads a whole file chosen by the person, refusing one larger than `limit`
/// before reading it, and never reading more than `limit + 1` bytes should it
/// grow meanwhile (the parser then refuses it as too large).
pub fn read_file(path: &Path, limit: u64) -> ReadFile {
    ReadFile {
        name: display_name(&file_name(path)),
        bytes: read_bytes(path, limit),
    }
}

fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Opening a FIFO for reading blocks until someone writes to it;
        // without blocking, the open returns and the check below refuses it.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let handle = options.open(path).map_err(ReadFailure::Unreadable)?;
    let metadata = handle.metadata().map_err(ReadFailure::Unreadable)?;
    if !metadata.is_file() {
        return Err(ReadFailure::NotAFile);
    }
    if metadata.len() > limit {
        return Err(ReadFailure::TooLarge(metadata.len()));
    }
    let mut bytes = Vec::new();
    handle
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadFailure::Unreadable)?;
    Ok(bytes)
}

/// Where a save dialog said to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveTarget {
    /// The file to write.
    pub path: PathBuf,
    /// Whether an existing file there may be replaced: true when the dialog
    /// chose exactly this path (and so asked about replacing it), false when
    /// the app added the extension the person left out.
    pub may_replace: bool,
}

/// Writes `bytes` to the target through a temporary file beside it, named
/// `<name>.<random>.part` (visible, so an interrupted write is never a hidden
/// leftover). A file already at the target is replaced only when
/// `may_replace`; otherwise the write fails with `AlreadyExists` and nothing
/// changes. On any failure the temporary file is removed.
pub fn write_file(target: &SaveTarget, bytes: &[u8]) -> std::io::Result<()> {
    let folder = target
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    if !target.may_replace && std::fs::symlink_metadata(&target.path).is_ok() {
        return Err(std::io::ErrorKind::AlreadyExists.into());
    }
    let mut file = tempfile::Builder::new()
        .prefix(&format!("{}.", file_name(&target.path)))
        .suffix(".part")
        .rand_bytes(6)
        .tempfile_in(folder)?;
    std::io::Write::write_all(&mut file, bytes)?;
    file.as_file().sync_all()?;
    if target.may_replace {
        file.persist(&target.path).map_err(|e| e.error)?;
    } else {
        // Atomic: fails if a file appeared there meanwhile.
        file.persist_noclobber(&target.path).map_err(|e| e.error)?;
    }
    Ok(())
}

/// The last part of a path, as text.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A file name as it may be shown next to other text: control characters,
/// bidirectional controls and zero-width characters (which file names may
/// hold, and which could reorder or hide the rest of a line) become U+FFFD,
/// and very long names are shortened with an ellipsis.
pub fn display_name(name: &str) -> String {
    const MAX_CHARS: usize = 120;
    let clean: String = name
        .chars()
        .map(|c| {
            if c.is_control()
                || rolspiegel_core::is_xml_forbidden(c)
                || rolspiegel_core::reorders_text(c)
            {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    if clean.chars().count() > MAX_CHARS {
        let mut short: String = clean.chars().take(MAX_CHARS - 1).collect();
        short.push('…');
        short
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_cannot_reorder_or_hide_the_rest_of_a_line() {
        assert_eq!(
            display_name("deelnemer\u{202E}nosj.exe"),
            "deelnemer\u{FFFD}nosj.exe"
        );
        assert_eq!(
            display_name("a\u{2066}b\u{200B}c\nd"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"
        );
        assert_eq!(display_name("Zoë (2).json"), "Zoë (2).json");
        let long = display_name(&"x".repeat(500));
        assert_eq!(long.chars().count(), 120);
        assert!(long.ends_with('…'));
    }
}
