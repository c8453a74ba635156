//! Reading a PDF back in tests with tools that share no code with krilla:
//! poppler's `pdftotext`, `pdfinfo` and `pdftoppm`, and pikepdf through
//! `structure.py` beside this crate (Debian's `python3-pikepdf`, run with
//! `/usr/bin/python3`). `make test` installs them.
//!
//! Used by the report crate's, the app's and the end-to-end tests.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// Runs a tool and returns what it printed; panics with its error output.
pub fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} (installed by make test): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The text of a PDF as `pdftotext` reads it, in its reading order.
pub fn text(pdf: &Path) -> String {
    tool("pdftotext", &[path(pdf), "-"])
}

/// What `pdfinfo` says of a PDF.
pub fn info(pdf: &Path) -> String {
    tool("pdfinfo", &[path(pdf)])
}

/// Renders every page as `<prefix>-<n>.png` at `dpi`, to be looked at.
pub fn render_pages(pdf: &Path, prefix: &Path, dpi: u32) {
    tool(
        "pdftoppm",
        &["-png", "-r", &dpi.to_string(), path(pdf), path(prefix)],
    );
}

/// Title, language, tagging, PDF/UA claim, fonts, outline and structure
/// tree of a PDF, as pikepdf reads them (`structure.py`).
pub fn structure(pdf: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("structure.py");
    serde_json::from_str(&tool("/usr/bin/python3", &[path(&script), path(pdf)]))
        .expect("structure.py prints JSON")
}

/// Every element of the structure tree, depth first.
pub fn elements(structure: &Value) -> Vec<&Value> {
    fn walk<'v>(node: &'v Value, all: &mut Vec<&'v Value>) {
        all.push(node);
        for child in node["children"].as_array().into_iter().flatten() {
            walk(child, all);
        }
    }
    let mut all = Vec::new();
    for node in structure["structure"].as_array().into_iter().flatten() {
        walk(node, &mut all);
    }
    all
}

/// The elements of one type (`"H2"`, `"TH"`), depth first.
pub fn of_type<'v>(structure: &'v Value, kind: &str) -> Vec<&'v Value> {
    elements(structure)
        .into_iter()
        .filter(|e| e["type"] == kind)
        .collect()
}

/// The alternative texts of the Figures.
pub fn figures(structure: &Value) -> Vec<String> {
    of_type(structure, "Figure")
        .iter()
        .map(|f| f["alt"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Panics unless `parts` occur in `text` in this order.
pub fn in_order(text: &str, parts: &[&str]) {
    let mut from = 0;
    for part in parts {
        let at = text[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} not found after byte {from} in:\n{text}"));
        from += at + part.len();
    }
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}
