//! The smallest Tauri 2 app: one window with a static page. Rolspiegel's
//! launch time and memory are measured against it in the same run.

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("bare app failed: {e}");
        std::process::exit(1);
    }
}
