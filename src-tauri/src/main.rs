//! Starts the Rolspiegel desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    rolspiegel_desktop::run();
}
