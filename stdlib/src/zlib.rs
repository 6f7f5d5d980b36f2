//! `_zlib`: deflate and inflate for `zlib` and `gzip` (stdlib/py), over
//! miniz_oxide. miniz_oxide does the raw deflate format; the zlib and gzip
//! wrappers (headers, Adler-32 / CRC-32 trailers) are handled here, so
//! that errors read as zlib's ("incorrect header check", ...).
//!
//! The streaming objects are native states driven by the Python classes
//! of `zlib`: `compressor`/`compress_more`/`compress_flush` and
//! `decompressor`/`decompress_more`.

use crate::binargs::{bytes_arg, exception_class, int_arg, raise, u32_arg};
use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
use std::cell::RefCell;
use std::rc::Rc;
use whirl_vm::class::Class;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::native::{native_ref, NativeData, NativeObject, Sink, Tracer};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// zlib.error, and the classes of the two native states.
type Classes = (Rc<Class>, Rc<Class>, Rc<Class>);

thread_local! {
    static CLASSES: RefCell<Option<Classes>> = const { RefCell::new(None) };
}

fn classes() -> PyResult<Classes> {
    CLASSES
        .with(|c| c.borrow().clone())
        .ok_or_else(|| PyErr::new(ExcType::SystemError, "_zlib is not initialized"))
}

fn zerror(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match classes() {
        Ok((err, _, _)) => raise(vm, &err, msg.into()),
        Err(e) => e,
    }
}

/// Adler-32 of `data`, continuing from `start`.
pub(crate) fn adler32(start: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    // 5552 bytes is the most that can be summed before b overflows u32.
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

fn crc32(start: u32, data: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(data);
    h.finalize()
}

/// The container around the deflate data, from `wbits`.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Raw,
    Zlib,
    Gzip,
    /// zlib or gzip, told by the first bytes (wbits 40..47).
    Auto,
}

fn format_of(wbits: i64) -> Option<Format> {
    match wbits {
        -15..=-8 => Some(Format::Raw),
        0 | 8..=15 => Some(Format::Zlib),
        24..=31 => Some(Format::Gzip),
        40..=47 => Some(Format::Auto),
        _ => None,
    }
}

// ----- compression -----

struct Deflater {
    comp: Box<CompressorOxide>,
    gzip: bool,
    level: i64,
    started: bool,
    finished: bool,
    crc: u32,
    size: u32,
}

impl Deflater {
    fn new(level: i64, wbits: i64, strategy: i64) -> Option<Deflater> {
        let format = format_of(wbits)?;
        if format == Format::Auto || wbits == 0 {
            return None;
        }
        let window = if format == Format::Zlib { 15 } else { -15 };
        let flags = create_comp_flags_from_zip_params(level as i32, window, strategy as i32);
        Some(Deflater {
            comp: Box::new(CompressorOxide::new(flags)),
            gzip: format == Format::Gzip,
            level,
            started: false,
            finished: false,
            crc: 0,
            size: 0,
        })
    }

    fn header(&mut self, out: &mut Vec<u8>) {
        if self.gzip && !self.started {
            let xfl = match self.level {
                9 => 2,
                1 => 4,
                _ => 0,
            };
            out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
        }
        self.started = true;
    }

    /// Runs the compressor over `input` with `flush`; Err on a stream
    /// already finished.
    fn run(&mut self, input: &[u8], flush: MZFlush) -> Result<Vec<u8>, ()> {
        if self.finished {
            return Err(());
        }
        let mut out = Vec::new();
        self.header(&mut out);
        if self.gzip {
            self.crc = crc32(self.crc, input);
            self.size = self.size.wrapping_add(input.len() as u32);
        }
        let mut pos = 0;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(
                &mut self.comp,
                &input[pos..],
                &mut buf,
                flush,
            );
            pos += r.bytes_consumed;
            out.extend_from_slice(&buf[..r.bytes_written]);
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    self.finished = true;
                    if self.gzip {
                        out.extend_from_slice(&self.crc.to_le_bytes());
                        out.extend_from_slice(&self.size.to_le_bytes());
                    }
                    break;
                }
                Ok(_) => {
                    if pos >= input.len() && r.bytes_written < buf.len() {
                        break;
                    }
                }
                Err(MZError::Buf) => break,
                Err(_) => return Err(()),
            }
        }
        Ok(out)
    }
}

struct DeflateState(RefCell<Deflater>);

impl NativeData for DeflateState {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

fn check_level(vm: &mut Vm, level: i64) -> PyResult<()> {
    if !(-1..=9).contains(&level) {
        return Err(zerror(vm, "Bad compression level"));
    }
    Ok(())
}

/// `_zlib.compress(data, level, wbits)`.
fn compress(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(vm, a.first().unwrap_or(&Value::None))?;
    let level = a.get(1).map(|v| int_arg(vm, v)).transpose()?.unwrap_or(-1);
    let wbits = a.get(2).map(|v| int_arg(vm, v)).transpose()?.unwrap_or(15);
    check_level(vm, level)?;
    let Some(mut d) = Deflater::new(level, wbits, 0) else {
        return Err(zerror(vm, "Bad compression level"));
    };
    match d.run(&data, MZFlush::Finish) {
        Ok(out) => Ok(Value::Bytes(Rc::new(out))),
        Err(()) => Err(zerror(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        )),
    }
}

/// `_zlib.compressor(level, method, wbits, memlevel, strategy)`.
fn compressor(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let arg = |vm: &mut Vm, i: usize, d: i64| {
        a.get(i)
            .map(|v| int_arg(vm, v))
            .transpose()
            .map(|v| v.unwrap_or(d))
    };
    let level = arg(vm, 0, -1)?;
    let method = arg(vm, 1, 8)?;
    let wbits = arg(vm, 2, 15)?;
    let memlevel = arg(vm, 3, 8)?;
    let strategy = arg(vm, 4, 0)?;
    if !(-1..=9).contains(&level) {
        return Err(zerror(vm, "Bad compression level"));
    }
    let bad = || PyErr::value_error("Invalid initialization option");
    if method != 8 || !(1..=9).contains(&memlevel) || !(0..=4).contains(&strategy) {
        return Err(bad());
    }
    let d = Deflater::new(level, wbits, strategy).ok_or_else(bad)?;
    let (_, cls, _) = classes()?;
    Ok(NativeObject::new(cls, DeflateState(RefCell::new(d))))
}

fn deflate_state(v: Option<&Value>) -> PyResult<&DeflateState> {
    v.and_then(|v| native_ref::<DeflateState>(v))
        .map(|(_, s)| s)
        .ok_or_else(|| PyErr::type_error("expected a compressor state"))
}

/// `_zlib.compress_more(state, data)`.
fn compress_more(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = deflate_state(a.first())?;
    let data = bytes_arg(vm, a.get(1).unwrap_or(&Value::None))?;
    let r = st.0.borrow_mut().run(&data, MZFlush::None);
    match r {
        Ok(out) => Ok(Value::Bytes(Rc::new(out))),
        Err(()) => Err(zerror(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        )),
    }
}

/// `_zlib.compress_flush(state, mode)`: Z_NO_FLUSH gives nothing.
fn compress_flush(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = deflate_state(a.first())?;
    let mode = a.get(1).map(|v| int_arg(vm, v)).transpose()?.unwrap_or(4);
    if mode == 0 {
        return Ok(Value::Bytes(Rc::new(Vec::new())));
    }
    let flush = match mode {
        1 | 2 => MZFlush::Sync,
        3 => MZFlush::Full,
        5 => MZFlush::Block,
        _ => MZFlush::Finish,
    };
    let r = st.0.borrow_mut().run(&[], flush);
    match r {
        Ok(out) => Ok(Value::Bytes(Rc::new(out))),
        Err(()) => Err(zerror(
            vm,
            "Error -2 while flushing: inconsistent stream state",
        )),
    }
}

// ----- decompression -----

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Header,
    Body,
    Trailer,
    Done,
}

#[derive(Clone)]
struct Inflater {
    format: Format,
    stage: Stage,
    /// Header or trailer bytes gathered so far.
    held: Vec<u8>,
    raw: Box<InflateState>,
    check: u32,
    size: u32,
}

/// The length of a complete gzip header at the start of `h`, None when
/// more bytes are needed, Err when it is not one.
fn gzip_header_len(h: &[u8]) -> Result<Option<usize>, &'static str> {
    if h.len() >= 2 && (h[0] != 0x1f || h[1] != 0x8b) {
        return Err("incorrect header check");
    }
    if h.len() >= 3 && h[2] != 8 {
        return Err("unknown compression method");
    }
    if h.len() < 10 {
        return Ok(None);
    }
    let flags = h[3];
    if flags & 0xe0 != 0 {
        return Err("unknown header flags set");
    }
    let mut pos = 10;
    if flags & 4 != 0 {
        if h.len() < pos + 2 {
            return Ok(None);
        }
        pos += 2 + (h[pos] as usize | (h[pos + 1] as usize) << 8);
    }
    for bit in [8, 16] {
        if flags & bit != 0 {
            match h
                .get(pos..)
                .and_then(|rest| rest.iter().position(|&c| c == 0))
            {
                Some(z) => pos += z + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & 2 != 0 {
        pos += 2;
    }
    Ok(if h.len() >= pos { Some(pos) } else { None })
}

/// Why decompression stopped short.
enum InflateError {
    /// zlib's Z_DATA_ERROR (-3) with its message.
    Data(&'static str),
}

impl Inflater {
    fn new(format: Format) -> Inflater {
        Inflater {
            format,
            stage: if format == Format::Raw {
                Stage::Body
            } else {
                Stage::Header
            },
            held: Vec::new(),
            raw: InflateState::new_boxed(DataFormat::Raw),
            check: if format == Format::Zlib { 1 } else { 0 },
            size: 0,
        }
    }

    fn eof(&self) -> bool {
        self.stage == Stage::Done
    }

    /// Decompresses from `input` into `out` until the input is used up,
    /// `out` holds `limit` bytes, or the stream ends; returns how many
    /// input bytes were used.
    fn feed(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<usize, InflateError> {
        let mut pos = 0;
        loop {
            match self.stage {
                Stage::Done => return Ok(pos),
                Stage::Header => {
                    if pos >= input.len() {
                        return Ok(pos);
                    }
                    self.held.push(input[pos]);
                    pos += 1;
                    if self.format == Format::Auto && self.held.len() >= 2 {
                        self.format = if self.held[0] == 0x1f && self.held[1] == 0x8b {
                            Format::Gzip
                        } else {
                            self.check = 1;
                            Format::Zlib
                        };
                    }
                    match self.format {
                        Format::Zlib if self.held.len() == 2 => {
                            let (cmf, flg) = (self.held[0], self.held[1]);
                            if !(cmf as u32 * 256 + flg as u32).is_multiple_of(31) {
                                return Err(InflateError::Data("incorrect header check"));
                            }
                            if cmf & 15 != 8 {
                                return Err(InflateError::Data("unknown compression method"));
                            }
                            if (cmf >> 4) > 7 {
                                return Err(InflateError::Data("invalid window size"));
                            }
                            if flg & 0x20 != 0 {
                                return Err(InflateError::Data("need dictionary"));
                            }
                            self.held.clear();
                            self.stage = Stage::Body;
                        }
                        Format::Gzip => match gzip_header_len(&self.held) {
                            Err(m) => return Err(InflateError::Data(m)),
                            Ok(Some(_)) => {
                                self.held.clear();
                                self.stage = Stage::Body;
                            }
                            Ok(None) => {}
                        },
                        _ => {}
                    }
                }
                Stage::Body => {
                    if out.len() >= limit {
                        return Ok(pos);
                    }
                    let room = (limit - out.len()).min(64 * 1024);
                    let start = out.len();
                    out.resize(start + room, 0);
                    let r = miniz_oxide::inflate::stream::inflate(
                        &mut self.raw,
                        &input[pos..],
                        &mut out[start..],
                        MZFlush::None,
                    );
                    out.truncate(start + r.bytes_written);
                    pos += r.bytes_consumed;
                    let produced = &out[start..];
                    match self.format {
                        Format::Zlib => self.check = adler32(self.check, produced),
                        Format::Gzip => self.check = crc32(self.check, produced),
                        _ => {}
                    }
                    self.size = self.size.wrapping_add(produced.len() as u32);
                    match r.status {
                        Ok(MZStatus::StreamEnd) => {
                            self.stage = if self.format == Format::Raw {
                                Stage::Done
                            } else {
                                Stage::Trailer
                            };
                        }
                        Ok(_) | Err(MZError::Buf) => {
                            if r.bytes_consumed == 0 && r.bytes_written == 0 {
                                return Ok(pos);
                            }
                        }
                        Err(_) => {
                            return Err(InflateError::Data(if self.size == 0 {
                                "invalid block type"
                            } else {
                                "invalid distance too far back"
                            }))
                        }
                    }
                }
                Stage::Trailer => {
                    let need = if self.format == Format::Gzip { 8 } else { 4 };
                    while self.held.len() < need && pos < input.len() {
                        self.held.push(input[pos]);
                        pos += 1;
                    }
                    if self.held.len() < need {
                        return Ok(pos);
                    }
                    let h = &self.held;
                    if self.format == Format::Gzip {
                        let crc = u32::from_le_bytes([h[0], h[1], h[2], h[3]]);
                        let size = u32::from_le_bytes([h[4], h[5], h[6], h[7]]);
                        if crc != self.check {
                            return Err(InflateError::Data("incorrect data check"));
                        }
                        if size != self.size {
                            return Err(InflateError::Data("incorrect length check"));
                        }
                    } else if u32::from_be_bytes([h[0], h[1], h[2], h[3]]) != self.check {
                        return Err(InflateError::Data("incorrect data check"));
                    }
                    self.held.clear();
                    self.stage = Stage::Done;
                }
            }
        }
    }
}

struct InflateStateObj(RefCell<Inflater>);

impl NativeData for InflateStateObj {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

/// `_zlib.decompress(data, wbits, bufsize)`.
fn decompress(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(vm, a.first().unwrap_or(&Value::None))?;
    let wbits = a.get(1).map(|v| int_arg(vm, v)).transpose()?.unwrap_or(15);
    let Some(format) = format_of(wbits) else {
        return Err(zerror(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut inf = Inflater::new(format);
    let mut out = Vec::new();
    match inf.feed(&data, &mut out, usize::MAX) {
        Err(InflateError::Data(m)) => Err(zerror(
            vm,
            format!("Error -3 while decompressing data: {m}"),
        )),
        Ok(_) if !inf.eof() => Err(zerror(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        )),
        Ok(_) => Ok(Value::Bytes(Rc::new(out))),
    }
}

/// `_zlib.decompressor(wbits)`, or None when wbits is out of range.
fn decompressor(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let wbits = a.first().map(|v| int_arg(vm, v)).transpose()?.unwrap_or(15);
    let Some(format) = format_of(wbits) else {
        return Ok(Value::None);
    };
    let (_, _, cls) = classes()?;
    Ok(NativeObject::new(
        cls,
        InflateStateObj(RefCell::new(Inflater::new(format))),
    ))
}

/// `_zlib.decompress_more(state, data, limit)`: (output, input bytes
/// used, at end of stream); limit 0 means none.
fn decompress_more(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = a
        .first()
        .and_then(|v| native_ref::<InflateStateObj>(v))
        .map(|(_, s)| s)
        .ok_or_else(|| PyErr::type_error("expected a decompressor state"))?;
    let data = bytes_arg(vm, a.get(1).unwrap_or(&Value::None))?;
    let limit = a.get(2).map(|v| int_arg(vm, v)).transpose()?.unwrap_or(0);
    let limit = if limit <= 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out = Vec::new();
    let r = st.0.borrow_mut().feed(&data, &mut out, limit);
    match r {
        Err(InflateError::Data(m)) => Err(zerror(
            vm,
            format!("Error -3 while decompressing data: {m}"),
        )),
        Ok(used) => Ok(Value::tuple(vec![
            Value::Bytes(Rc::new(out)),
            Value::Int(used as i64),
            Value::Bool(st.0.borrow().eof()),
        ])),
    }
}

/// `_zlib.decompress_copy(state)`: an independent copy of a decompressor.
fn decompress_copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = a
        .first()
        .and_then(|v| native_ref::<InflateStateObj>(v))
        .map(|(_, s)| s)
        .ok_or_else(|| PyErr::type_error("expected a decompressor state"))?;
    let copy = st.0.borrow().clone();
    let (_, _, cls) = classes()?;
    Ok(NativeObject::new(cls, InflateStateObj(RefCell::new(copy))))
}

fn py_crc32(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(vm, a.first().unwrap_or(&Value::None))?;
    let start = a.get(1).map(|v| u32_arg(vm, v)).transpose()?.unwrap_or(0);
    Ok(Value::Int(crc32(start, &data) as i64))
}

fn py_adler32(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(vm, a.first().unwrap_or(&Value::None))?;
    let start = a.get(1).map(|v| u32_arg(vm, v)).transpose()?.unwrap_or(1);
    Ok(Value::Int(adler32(start, &data) as i64))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let err = exception_class(vm, "zlib", "error", ExcType::Exception)?;
    let comp = whirl_vm::native::native_class(vm, "CompressorState", "_zlib", &[], None);
    let decomp = whirl_vm::native::native_class(vm, "DecompressorState", "_zlib", &[], None);
    CLASSES.with(|c| *c.borrow_mut() = Some((err.clone(), comp, decomp)));
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_zlib",
        vec![
            f("compress", compress),
            f("decompress", decompress),
            f("compressor", compressor),
            f("compress_more", compress_more),
            f("compress_flush", compress_flush),
            f("decompressor", decompressor),
            f("decompress_more", decompress_more),
            f("decompress_copy", decompress_copy),
            f("crc32", py_crc32),
            f("adler32", py_adler32),
            ("error", Value::Class(err)),
        ],
    ))
}
