//! Zip archives run as scripts (`whirl app.pyz`, as CPython runs a zip
//! with `__main__.py` at its top): the central directory is read from the
//! archive's end, and an entry is stored or deflated (miniz_oxide, the
//! deflate crate whirl's `zlib` also uses).

/// One member's bytes, or why they cannot be had.
pub fn read_member(archive: &[u8], wanted: &str) -> Option<Result<Vec<u8>, String>> {
    let dir = central_directory(archive)?;
    let (mut pos, count) = dir;
    for _ in 0..count {
        if u32_at(archive, pos)? != 0x0201_4b50 {
            return None;
        }
        let method = u16_at(archive, pos + 10)?;
        let compressed = u32_at(archive, pos + 20)? as usize;
        let name_len = u16_at(archive, pos + 28)? as usize;
        let extra_len = u16_at(archive, pos + 30)? as usize;
        let comment_len = u16_at(archive, pos + 32)? as usize;
        let local = u32_at(archive, pos + 42)? as usize;
        let name = archive.get(pos + 46..pos + 46 + name_len)?;
        pos += 46 + name_len + extra_len + comment_len;
        if name != wanted.as_bytes() {
            continue;
        }
        if u32_at(archive, local)? != 0x0403_4b50 {
            return Some(Err("bad local file header".into()));
        }
        let start = local
            + 30
            + u16_at(archive, local + 26)? as usize
            + u16_at(archive, local + 28)? as usize;
        let Some(data) = archive.get(start..start.saturating_add(compressed)) else {
            return Some(Err("truncated archive".into()));
        };
        return Some(match method {
            0 => Ok(data.to_vec()),
            8 => miniz_oxide::inflate::decompress_to_vec(data)
                .map_err(|e| format!("can't inflate {wanted}: {e:?}")),
            m => Err(format!("compression method {m} is not supported")),
        });
    }
    None
}

/// Whether the bytes are a zip archive (its end-of-directory record found).
pub fn is_zip(archive: &[u8]) -> bool {
    central_directory(archive).is_some()
}

/// (offset, entry count) of the central directory, found from the
/// end-of-central-directory record at most 64 KiB + 22 bytes from the end.
fn central_directory(archive: &[u8]) -> Option<(usize, usize)> {
    let len = archive.len();
    if len < 22 {
        return None;
    }
    let lowest = len.saturating_sub(22 + 0xFFFF);
    let mut at = len - 22;
    loop {
        if u32_at(archive, at)? == 0x0605_4b50 {
            let count = u16_at(archive, at + 10)? as usize;
            let offset = u32_at(archive, at + 16)? as usize;
            return (offset < len).then_some((offset, count));
        }
        if at == lowest {
            return None;
        }
        at -= 1;
    }
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}
