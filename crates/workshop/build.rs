//! Embeds the phone page (`ui/dist-phone`, built by `make ui`) into the
//! server: every file once as it is and once gzipped, in a table the router
//! serves by exact path. Only files listed here can ever be served.

// A build script stops the build with a message when something is wrong.
#![allow(clippy::expect_used)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("json") | Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let dist = manifest.join("../../ui/dist-phone");
    println!("cargo:rerun-if-changed={}", dist.display());
    if !dist.join("phone.html").is_file() {
        panic!(
            "{} has no phone.html: build the UI first (`make ui`, or `npm run build` in ui/)",
            dist.display()
        );
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    let mut paths = Vec::new();
    files(&dist, &mut paths);
    let mut table = String::from("&[\n");
    for (index, path) in paths.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let relative = path.strip_prefix(&dist).expect("under dist");
        let route = if relative == Path::new("phone.html") {
            "/".to_owned()
        } else {
            format!("/{}", relative.to_string_lossy().replace('\\', "/"))
        };
        let bytes = std::fs::read(path).expect("readable build output");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).expect("gzip in memory");
        let gzipped = gz.finish().expect("gzip in memory");
        let gz_path = out.join(format!("asset-{index}.gz"));
        std::fs::write(&gz_path, &gzipped).expect("OUT_DIR is writable");
        // Names Vite gives carry a content hash: they never change, so a
        // phone may keep them; the page itself is always asked afresh.
        let immutable = relative.starts_with("assets");
        writeln!(
            table,
            "    Asset {{ route: {route:?}, content_type: {ct:?}, immutable: {immutable}, raw: include_bytes!({raw:?}), gzip: include_bytes!({gz:?}) }},",
            ct = content_type(path),
            raw = path.display().to_string(),
            gz = gz_path.display().to_string(),
        )
        .expect("writing to a string");
    }
    table.push(']');
    std::fs::write(out.join("assets.rs"), table).expect("OUT_DIR is writable");
}
