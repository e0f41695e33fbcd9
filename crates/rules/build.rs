//! Embeds the shipped rule packs so the binary works from any directory,
//! each with its text and, when it parses, its parsed form in postcard
//! bytes: a run decodes those instead of parsing the YAML again.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

// The file format's types, shared with the crate so that what is written
// here is what the crate reads back.
#[allow(dead_code)]
#[path = "src/serializable.rs"]
mod serializable;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let rules = manifest.join("../../rules").canonicalize().expect("the repository has rules/");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    println!("cargo:rerun-if-changed={}", rules.display());
    println!("cargo:rerun-if-changed=src/serializable.rs");
    let mut files = Vec::new();
    collect(&rules, &mut files);
    files.sort();
    let mut code = String::from(
        "/// The shipped rule packs: (path under rules/, contents).\npub static BUILTIN_PACKS: &[(&str, &str)] = &[\n",
    );
    // Each pack parsed here, or `None` when it does not parse: a run then
    // parses its text and reports the error as for any pack.
    let mut parsed: Vec<Option<serializable::SerializablePack>> = Vec::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(&rules).expect("under rules/").to_string_lossy().replace('\\', "/");
        writeln!(code, "    ({rel:?}, include_str!({:?})),", file.display().to_string()).expect("write to String");
        let text = std::fs::read_to_string(file).expect("read a rule pack");
        parsed.push(serde_saphyr::from_str(&text).ok());
    }
    code.push_str("];\n");
    let bytes = postcard::to_allocvec(&parsed).expect("the parsed packs serialise");
    let bin = out_dir.join("builtin.postcard");
    std::fs::write(&bin, bytes).expect("write builtin.postcard");
    writeln!(
        code,
        "/// [`BUILTIN_PACKS`] parsed at build time: a postcard `Vec<Option<SerializablePack>>`, one per pack.\n\
         static BUILTIN_PARSED: &[u8] = include_bytes!({:?});",
        bin.display().to_string()
    )
    .expect("write to String");
    std::fs::write(out_dir.join("builtin.rs"), code).expect("write builtin.rs");
}
