//! A real, small file system for tests of what happens when the disk is
//! full: a tmpfs of a few hundred KiB mounted on a temporary folder. Mounting
//! needs root (as in CI here); elsewhere [`SmallDisk::mount`] says why not
//! and the calling test reports itself as not run.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A mounted tmpfs, unmounted when dropped.
pub struct SmallDisk {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl SmallDisk {
    /// Mounts a tmpfs of `kib` KiB, or says why it could not.
    pub fn mount(kib: u32) -> Result<SmallDisk, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let path = dir.path().to_path_buf();
        let status = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={kib}k,mode=0777"),
                "tmpfs",
            ])
            .arg(&path)
            .stderr(std::process::Stdio::null())
            .status()
            .map_err(|e| format!("mount: {e}"))?;
        if !status.success() {
            return Err("mounting a tmpfs needs root".into());
        }
        Ok(SmallDisk { _dir: dir, path })
    }

    /// A mounted disk, or `None` after saying why the calling test does
    /// not run here (mounting needs root).
    pub fn or_not_run(kib: u32) -> Option<SmallDisk> {
        SmallDisk::mount(kib)
            .map_err(|why| eprintln!("not run: {why}"))
            .ok()
    }

    /// The mount point.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Fills every free byte with one file, so the next write fails.
    pub fn fill(&self) {
        self.fill_leaving(0);
    }

    /// Fills the disk but for about `free` bytes (whole 4 KiB blocks), as a
    /// disk that is nearly full: small writes still fit, larger ones fail.
    pub fn fill_leaving(&self, free: u64) {
        use std::io::Write;
        let mut filler = std::fs::File::create(self.path.join("filler")).expect("filler");
        let block = vec![0u8; 4096];
        while filler.write_all(&block).is_ok() {}
        // The last partial block, byte by byte.
        while filler.write_all(&[0]).is_ok() {}
        let _ = filler.sync_all();
        if free > 0 {
            let size = filler.metadata().expect("filler size").len();
            filler
                .set_len(size.saturating_sub(free))
                .expect("give back room");
            let _ = filler.sync_all();
        }
    }

    /// Makes the disk read-only, as a disk remounted read-only after an
    /// error, with whatever is on it still there.
    pub fn make_read_only(&self) {
        let status = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.path)
            .status()
            .expect("mount");
        assert!(status.success(), "remount read-only");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}
