//! End-to-end tests for Rolspiegel live in `tests/`; this library is empty on
//! purpose. See `tests/e2e/tests/app.rs` and the `e2e` target in the Makefile.
