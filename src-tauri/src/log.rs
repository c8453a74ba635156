//! The app's log: what a person can send along with a question. Lines go to
//! standard error and to `rolspiegel.log` in the data folder, which starts
//! again when it would pass [`MAX_LOG_BYTES`] (the full one is kept as
//! `rolspiegel.log.1`, so at most twice that is on disk). It holds start-up,
//! set-aside files, import summaries, live sessions and errors by code —
//! never an answer, a name, a reflection or a label: nothing that logs
//! passes those (`tests/e2e` greps the log after journeys with them).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

pub use rolspiegel_app::about::LOG_FILE;

/// A log file starts again past this size.
pub const MAX_LOG_BYTES: u64 = 256 * 1024;

/// A log file that starts again when a line would take it past its limit.
#[derive(Clone)]
pub struct Rotating {
    path: PathBuf,
    limit: u64,
    file: Arc<Mutex<Option<(File, u64)>>>,
}

impl Rotating {
    /// The log in `folder` (made if missing), appended to.
    pub fn open(folder: &Path, limit: u64) -> io::Result<Rotating> {
        std::fs::create_dir_all(folder)?;
        let path = folder.join(LOG_FILE);
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        let size = file.metadata()?.len();
        Ok(Rotating {
            path,
            limit,
            file: Arc::new(Mutex::new(Some((file, size)))),
        })
    }

    /// Writes one whole line, first starting a new file when it would pass
    /// the limit.
    fn write_line(&self, line: &[u8]) -> io::Result<()> {
        let mut guard = self.file.lock().unwrap_or_else(|p| p.into_inner());
        let len = line.len() as u64;
        if let Some((_, size)) = guard.as_ref() {
            if size + len > self.limit && *size > 0 {
                *guard = None;
                let mut kept = self.path.clone().into_os_string();
                kept.push(".1");
                std::fs::rename(&self.path, kept)?;
            }
        }
        if guard.is_none() {
            let file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)?;
            *guard = Some((file, 0));
        }
        if let Some((file, size)) = guard.as_mut() {
            file.write_all(line)?;
            *size += len;
        }
        Ok(())
    }
}

/// One event's text, written to the file as one line when dropped.
pub struct Line<'a> {
    log: &'a Rotating,
    buffer: Vec<u8>,
}

impl Write for Line<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for Line<'_> {
    fn drop(&mut self) {
        // A log that cannot be written must not stop the app.
        let _ = self.log.write_line(&self.buffer);
    }
}

impl<'a> MakeWriter<'a> for Rotating {
    type Writer = Line<'a>;

    fn make_writer(&'a self) -> Line<'a> {
        Line {
            log: self,
            buffer: Vec::new(),
        }
    }
}

/// Starts logging to standard error and, when there is a data folder, to
/// its log file. Only the first call takes effect.
pub fn start(folder: Option<&Path>) {
    let file = folder.and_then(|f| Rotating::open(f, MAX_LOG_BYTES).ok());
    let to_file = file.map(|log| {
        tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .with_target(false)
            .with_writer(log)
    });
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_ansi(false)
                .with_target(false)
                .with_writer(io::stderr),
        )
        .with(to_file)
        .try_init();
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_full_log_starts_again_and_keeps_one_older_file() {
        let dir = tempfile::tempdir().unwrap();
        let log = Rotating::open(dir.path(), 100).unwrap();
        for n in 0..25 {
            let mut line = log.make_writer();
            writeln!(line, "line {n:02} of the log").unwrap();
        }
        let now = std::fs::read_to_string(dir.path().join(LOG_FILE)).unwrap();
        let kept = std::fs::read_to_string(dir.path().join("rolspiegel.log.1")).unwrap();
        assert!(now.len() <= 100 && kept.len() <= 100, "{now:?} {kept:?}");
        assert!(now.ends_with("line 24 of the log\n"), "{now:?}");
        assert!(kept.lines().all(|l| l.starts_with("line ")));
        let files = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(files, 2, "the log and one older copy, no more");
    }
}
