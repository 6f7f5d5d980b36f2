//! Compiled modules kept between runs, so that importing a module whirl
//! has imported before costs reading a file instead of lexing, parsing and
//! compiling it (most of an import of `typing` or `datetime`; see
//! BENCHMARKS.md). As CPython's `__pycache__`:
//!
//! * a module from a file `dir/m.py` is cached in `dir/__pycache__/m.whirl.pyc`;
//! * the modules shipped in the binary (`<frozen m>`) in the user's cache
//!   folder, `$WHIRL_CACHE_DIR` or `$XDG_CACHE_HOME/whirl` or
//!   `~/.cache/whirl`, as `frozen/m.pyc` (an empty `WHIRL_CACHE_DIR` turns
//!   that off).
//!
//! A file holds a header (magic, the build id of the whirl binary that
//! wrote it, a hash of the module's source text, the body's length and a
//! checksum of it) and the code object (`code_serial`). It is used only
//! when all of these match, so a rebuilt whirl, an edited source or a torn
//! or damaged file all mean compiling from source, as without a cache.
//! Files are written whole to a temporary name and renamed into place
//! (concurrent runs never see half a file). `-B`, PYTHONDONTWRITEBYTECODE
//! and `sys.dont_write_bytecode` stop writing `__pycache__` files, as in
//! CPython; they leave the frozen modules' cache alone, which stands for
//! the bytecode CPython builds into its binary for its frozen modules
//! (`WHIRL_CACHE_DIR=` turns that one off). Nothing here can fail an
//! import: every error means "no cache".

use crate::code::{Code, SourceFile};
use crate::code_serial::{read_code, write_code, Reader};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"WHIRLPYC";
/// Bumped when the layout of `code_serial` changes (the build id changes
/// with every build anyway; this also covers a rebuilt identical binary).
const FORMAT_VERSION: u64 = 1;
const HEADER_LEN: usize = 8 + 8 * 4;

static DONT_WRITE: AtomicBool = AtomicBool::new(false);

/// `-B` / PYTHONDONTWRITEBYTECODE: read cached code, never write it.
pub fn set_dont_write(yes: bool) {
    DONT_WRITE.store(yes, Ordering::Relaxed);
}

pub(crate) fn writes_disabled() -> bool {
    DONT_WRITE.load(Ordering::Relaxed)
}

/// A 64-bit hash of bytes, eight at a time: a checksum against damaged
/// files and edited sources, not a defence against crafted ones.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (bytes.len() as u64).wrapping_mul(K) ^ 0x5851_F42D_4C95_7F2D;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        h = (h ^ w).wrapping_mul(K).rotate_left(31);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    h ^ (h >> 29)
}

/// What identifies this whirl binary: its size, modification time and
/// inode (a rebuilt whirl may compile differently). None when the binary
/// cannot be found, which turns the cache off.
fn build_id() -> Option<u64> {
    static ID: OnceLock<Option<u64>> = OnceLock::new();
    *ID.get_or_init(|| {
        use std::os::unix::fs::MetadataExt;
        let exe = std::env::current_exe().ok()?;
        let m = std::fs::metadata(exe).ok()?;
        let mut key = Vec::with_capacity(40);
        for v in [
            FORMAT_VERSION,
            m.len(),
            m.mtime() as u64,
            m.mtime_nsec() as u64,
            m.ino(),
        ] {
            key.extend_from_slice(&v.to_le_bytes());
        }
        Some(hash_bytes(&key))
    })
}

/// The user's cache folder for whirl, if there is one.
fn cache_dir() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        if let Some(dir) = std::env::var_os("WHIRL_CACHE_DIR") {
            return (!dir.is_empty()).then(|| PathBuf::from(dir));
        }
        if let Some(x) = var("XDG_CACHE_HOME").map(PathBuf::from) {
            if x.is_absolute() {
                return Some(x.join("whirl"));
            }
        }
        Some(PathBuf::from(var("HOME")?).join(".cache").join("whirl"))
    })
    .as_deref()
}

/// Where a module's compiled form is kept.
pub enum CacheFile {
    /// A module shipped in the binary, in the user's cache folder.
    Frozen(PathBuf),
    /// A module from a source file, in `__pycache__` beside it.
    Source(PathBuf),
}

impl CacheFile {
    /// For the module shipped in the binary as `module`.
    pub fn frozen(module: &str) -> Option<CacheFile> {
        let path = cache_dir()?.join("frozen").join(format!("{module}.pyc"));
        Some(CacheFile::Frozen(path))
    }

    /// For the module in file `source`.
    pub fn source(source: &Path) -> Option<CacheFile> {
        let stem = source.file_stem()?.to_str()?;
        let dir = source.parent()?;
        let path = dir.join("__pycache__").join(format!("{stem}.whirl.pyc"));
        Some(CacheFile::Source(path))
    }

    pub fn path(&self) -> &Path {
        match self {
            CacheFile::Frozen(p) | CacheFile::Source(p) => p,
        }
    }

    /// Whether `-B` and its kin keep this file from being written.
    pub fn is_bytecode_file(&self) -> bool {
        matches!(self, CacheFile::Source(_))
    }
}

fn header(source_hash: u64, body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(MAGIC);
    for v in [
        build_id()?,
        source_hash,
        body.len() as u64,
        hash_bytes(body),
    ] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    Some(out)
}

/// The code object cached at `path` for this source text, if a valid one
/// is there.
pub fn load(path: &Path, source: &str, file: &Rc<SourceFile>) -> Option<Rc<Code>> {
    let bytes = std::fs::read(path).ok()?;
    let (head, body) = bytes.split_at_checked(HEADER_LEN)?;
    let word = |i: usize| -> Option<u64> {
        let at = 8 + 8 * i;
        Some(u64::from_le_bytes(head.get(at..at + 8)?.try_into().ok()?))
    };
    if &head[..8] != MAGIC
        || word(0)? != build_id()?
        || word(1)? != hash_bytes(source.as_bytes())
        || word(2)? != body.len() as u64
        || word(3)? != hash_bytes(body)
    {
        return None;
    }
    let mut r = Reader::new(body);
    let code = read_code(&mut r, file)?;
    r.at_end().then_some(code)
}

/// Writes `code`, compiled from `source`, to `path`. Failures (a
/// read-only folder, a full disk) are ignored.
pub fn store(path: &Path, source: &str, code: &Code) {
    let Some(body) = write_code(code) else {
        return;
    };
    let Some(mut out) = header(hash_bytes(source.as_bytes()), &body) else {
        return;
    };
    out.extend_from_slice(&body);
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let mut tmp_name = name.to_os_string();
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    if std::fs::write(&tmp, &out).is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
