//! Prints the seed page (see `tests/support/seed.rs`): `cargo run --example seed_page > seed.html`.

#[path = "../tests/support/seed.rs"]
mod seed;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    match seed::page_from_files(root) {
        Ok(html) => print!("{html}"),
        Err(e) => {
            eprintln!("seed_page: {e}");
            std::process::exit(1);
        }
    }
}
