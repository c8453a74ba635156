//! The UI's TypeScript types for everything that crosses IPC are generated
//! from the Rust types. This test fails when `ui/src/wire.ts` is stale;
//! `make wire` (which sets `UPDATE_WIRE=1`) writes it afresh.

use std::path::PathBuf;

#[test]
fn the_uis_wire_types_are_the_ones_generated_from_the_rust_types() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/wire.ts");
    let fresh = rolspiegel_app::wire::typescript();
    if std::env::var_os("UPDATE_WIRE").is_some() {
        std::fs::write(&path, &fresh).expect("ui/src/wire.ts can be written");
        return;
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        stored == fresh,
        "ui/src/wire.ts is stale: run `make wire` and commit it.\n--- generated now ---\n{fresh}"
    );
}
