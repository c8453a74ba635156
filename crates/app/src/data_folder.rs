//! Where the data lives: the folder named after the app identifier in the
//! OS data folder (a development build's apart), or one the environment
//! names; and the one-time move from the folder of the identifier the first
//! release used.

use std::path::{Path, PathBuf};

use rolspiegel_storage::move_data_folder;
pub use rolspiegel_storage::FolderMove;

/// Environment variable that points the app at another data folder (tests
/// use it to run against a temporary folder). Nothing is moved then.
pub const DATA_DIR_ENV: &str = "ROLSPIEGEL_DATA_DIR";

/// The database file inside the data folder.
pub const DB_FILE: &str = "rolspiegel.db";

/// The identifier of release 0.1.0, which named its data folder. It ended in
/// `.app`, which macOS reserves for application bundles.
pub const EARLIER_IDENTIFIER: &str = "nl.rolspiegel.app";

/// The data folder and what was done to find it.
#[derive(Debug)]
pub struct Located {
    /// The folder; `None` when the OS names no data folder.
    pub folder: Option<PathBuf>,
    /// What moving the earlier folder did, for the log; `None` when no
    /// move was tried (a folder from the environment).
    pub moved: Option<Result<FolderMove, String>>,
}

/// The folder's name for `identifier`: development builds add `.dev`, so a
/// developer's builds never touch a user's data.
pub fn folder_name(identifier: &str, development: bool) -> String {
    if development {
        format!("{identifier}.dev")
    } else {
        identifier.to_owned()
    }
}

/// Finds the data folder: `from_env` when set and not empty, else
/// `<os_data>/<identifier>`, after moving the earlier identifier's folder
/// there (see [`rolspiegel_storage::move_data_folder`]). Call it before any
/// window or file opens: the web view keeps its own files in that folder.
pub fn locate(
    from_env: Option<&std::ffi::OsStr>,
    os_data: Option<&Path>,
    identifier: &str,
    development: bool,
) -> Located {
    if let Some(dir) = from_env.filter(|d| !d.is_empty()) {
        return Located {
            folder: Some(PathBuf::from(dir)),
            moved: None,
        };
    }
    let Some(base) = os_data else {
        return Located {
            folder: None,
            moved: None,
        };
    };
    let current = base.join(folder_name(identifier, development));
    if identifier == EARLIER_IDENTIFIER {
        return Located {
            folder: Some(current),
            moved: None,
        };
    }
    let earlier = base.join(folder_name(EARLIER_IDENTIFIER, development));
    let settled = move_data_folder(&earlier, &current, DB_FILE);
    Located {
        folder: Some(settled.folder),
        moved: Some(settled.moved.map_err(|e| e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_from_the_environment_is_used_as_it_is_and_nothing_moves() {
        let base = tempfile::tempdir().expect("temp dir");
        let earlier = base.path().join(EARLIER_IDENTIFIER);
        std::fs::create_dir_all(&earlier).expect("folder");
        let chosen = base.path().join("elsewhere");
        let located = locate(
            Some(chosen.as_os_str()),
            Some(base.path()),
            "nl.rolspiegel.Rolspiegel",
            false,
        );
        assert_eq!(located.folder.as_deref(), Some(chosen.as_path()));
        assert!(located.moved.is_none());
        assert!(earlier.is_dir(), "untouched");
        // Empty counts as not set.
        let located = locate(
            Some(std::ffi::OsStr::new("")),
            Some(base.path()),
            "nl.rolspiegel.Rolspiegel",
            false,
        );
        assert_eq!(
            located.folder,
            Some(base.path().join("nl.rolspiegel.Rolspiegel"))
        );
    }

    #[test]
    fn a_development_build_moves_only_the_development_folder() {
        let base = tempfile::tempdir().expect("temp dir");
        let user = base.path().join("nl.rolspiegel.app");
        let dev = base.path().join("nl.rolspiegel.app.dev");
        std::fs::create_dir_all(&user).expect("folder");
        std::fs::create_dir_all(&dev).expect("folder");
        std::fs::write(dev.join(DB_FILE), "dev").expect("write");
        let located = locate(None, Some(base.path()), "nl.rolspiegel.Rolspiegel", true);
        let moved_to = base.path().join("nl.rolspiegel.Rolspiegel.dev");
        assert_eq!(located.folder.as_deref(), Some(moved_to.as_path()));
        assert_eq!(located.moved.expect("tried"), Ok(FolderMove::Renamed));
        assert_eq!(
            std::fs::read_to_string(moved_to.join(DB_FILE)).expect("read"),
            "dev"
        );
        assert!(
            user.is_dir(),
            "a user's folder is not a development build's"
        );
        assert!(!base.path().join("nl.rolspiegel.Rolspiegel").exists());
    }

    #[test]
    fn no_os_data_folder_means_no_folder() {
        let located = locate(None, None, "nl.rolspiegel.Rolspiegel", false);
        assert!(located.folder.is_none());
    }
}
