//! `_ssl`: TLS connections over rustls (with ring's cryptography), for
//! the `ssl` module (stdlib/py/ssl.py).
//!
//! The native side is a TLS engine over memory buffers, as OpenSSL's
//! memory BIOs: Python feeds it the ciphertext it read from the socket
//! (`feed`), sends what it hands back (`take_outgoing`), and writes and
//! reads plaintext (`write`, `read`). Sockets, blocking, timeouts and the
//! exception classes stay in Python, where `SSLSocket` and Tornado's
//! `SSLIOStream` drive the same engine.
//!
//! Failures raise `_ssl.TLSFailure(kind, code, message)`; ssl.py turns
//! them into CPython's `SSLError` family. `kind` is "verify" (the peer's
//! certificate; `code` is OpenSSL's verify code), "ssl" (`code` is the
//! OpenSSL reason name, as `[SSL: REASON]`), "eof" or "key".

use crate::binargs::{bytes_arg, int_arg};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{ring as provider, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::server::WebPkiClientVerifier;
use rustls::{
    AlertDescription, CertificateError, ClientConfig, DigitallySignedStruct, Error as TlsError,
    RootCertStore, ServerConfig, SignatureScheme,
};
use std::cell::RefCell;
use std::io::{Read, Write};
use std::rc::Rc;
use std::sync::Arc;
use whirl_vm::class::Class;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::native::{native_ref, NativeData, NativeObject, Sink, Tracer};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// TLSFailure, and the classes of a configuration and a connection.
type Classes = (Rc<Class>, Rc<Class>, Rc<Class>);

thread_local! {
    static CLASSES: RefCell<Option<Classes>> = const { RefCell::new(None) };
}

fn classes() -> PyResult<Classes> {
    CLASSES
        .with(|c| c.borrow().clone())
        .ok_or_else(|| PyErr::new(ExcType::SystemError, "_ssl is not initialized"))
}

/// Raises `TLSFailure(kind, code, message)`.
fn failure(vm: &mut Vm, kind: &str, code: Value, message: String) -> PyErr {
    let cls = match classes() {
        Ok((cls, _, _)) => cls,
        Err(e) => return e,
    };
    let args = vec![Value::str(kind), code, Value::string(message)];
    match vm.call_class(&cls, args, vec![]) {
        Ok(Value::Instance(i)) => PyErr::Raised(i),
        Ok(_) => PyErr::value_error("TLS failure"),
        Err(e) => e,
    }
}

fn ssl_failure(vm: &mut Vm, reason: &str, message: String) -> PyErr {
    failure(vm, "ssl", Value::str(reason), message)
}

// rustls marks ring's provider deprecated only because it lacks the
// post-quantum key exchange (aws-lc-rs has it, but needs cmake to build).
#[allow(deprecated)]
fn provider_arc() -> Arc<CryptoProvider> {
    Arc::new(provider::default_provider())
}

// ----- certificates and keys -----

/// `_ssl.pem_certs(data)`: the DER of each CERTIFICATE block of a PEM text.
fn pem_certs(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(vm, a.first().unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for cert in CertificateDer::pem_slice_iter(&data) {
        match cert {
            Ok(c) => out.push(Value::Bytes(Rc::new(c.as_ref().to_vec()))),
            Err(_) => return Err(ssl_failure(vm, "PEM_LIB", "PEM lib".into())),
        }
    }
    Ok(Value::list(out))
}

fn der_list(vm: &mut Vm, v: Option<&Value>) -> PyResult<Vec<CertificateDer<'static>>> {
    let items = match v {
        None | Some(Value::None) => return Ok(Vec::new()),
        Some(Value::Tuple(t)) => t.0.to_vec(),
        Some(Value::List(l)) => l.0.borrow().clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "expected a list of certificates, not {}",
                vm.type_name(other)
            )))
        }
    };
    let mut out = Vec::new();
    for item in &items {
        out.push(CertificateDer::from(bytes_arg(vm, item)?));
    }
    Ok(out)
}

fn private_key(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<PrivateKeyDer<'static>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let pem = bytes_arg(vm, v)?;
            match PrivateKeyDer::from_pem_slice(&pem) {
                Ok(k) => Ok(Some(k)),
                Err(_) => Err(ssl_failure(vm, "PEM_LIB", "PEM lib".into())),
            }
        }
    }
}

/// `_ssl.check_key(chain, key_pem)`: that the key parses and belongs to
/// the chain's first certificate (what `load_cert_chain` checks).
fn check_key(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let chain = der_list(vm, a.first())?;
    let Some(key) = private_key(vm, a.get(1))? else {
        return Err(ssl_failure(vm, "PEM_LIB", "PEM lib".into()));
    };
    if chain.is_empty() {
        return Err(ssl_failure(vm, "PEM_LIB", "PEM lib".into()));
    }
    let cert_der = chain[0].as_ref().to_vec();
    let key_der = key.secret_der().to_vec();
    let built = ServerConfig::builder_with_provider(provider_arc())
        .with_safe_default_protocol_versions()
        .map_err(|e| ssl_failure(vm, "UNKNOWN", e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key);
    match built {
        Ok(_) => Ok(Value::None),
        Err(TlsError::InconsistentKeys(_)) if !same_key_type(&cert_der, &key_der) => Err(failure(
            vm,
            "key",
            Value::str("NO_CERTIFICATE_ASSIGNED"),
            "no certificate assigned".into(),
        )),
        Err(TlsError::InconsistentKeys(_)) => Err(failure(
            vm,
            "key",
            Value::str("KEY_VALUES_MISMATCH"),
            "key values mismatch".into(),
        )),
        Err(_) => Err(ssl_failure(vm, "PEM_LIB", "PEM lib".into())),
    }
}

/// Whether a private key (PKCS#8, PKCS#1 or SEC1 DER) is of the kind of
/// the certificate's public key: OpenSSL keeps one certificate slot a key
/// type, so a key of another type finds "no certificate assigned" where
/// one of the same type is a "key values mismatch".
fn same_key_type(cert: &[u8], key: &[u8]) -> bool {
    const RSA: &[u8] = &[
        0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
    ];
    const EC: &[u8] = &[0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
    const ED25519: &[u8] = &[0x06, 0x03, 0x2b, 0x65, 0x70];
    let has = |der: &[u8], oid: &[u8]| der.windows(oid.len()).any(|w| w == oid);
    let kind = |der: &[u8]| [RSA, EC, ED25519].iter().position(|oid| has(der, oid));
    match (kind(cert), kind(key)) {
        (Some(a), Some(b)) => a == b,
        // A PKCS#1 RSA or SEC1 EC key names no algorithm: a SEC1 key
        // starts with version 1, a PKCS#1 one with version 0.
        (Some(a), None) => {
            let sec1 = key.len() > 4 && key[2..5] == [0x02, 0x01, 0x01];
            (a == 1) == sec1
        }
        _ => true,
    }
}

fn root_store(vm: &mut Vm, v: Option<&Value>) -> PyResult<RootCertStore> {
    let mut roots = RootCertStore::empty();
    for der in der_list(vm, v)? {
        // A certificate webpki cannot use as a trust anchor is skipped, as
        // OpenSSL keeps going past a CA file's odd entries.
        let _ = roots.add(der);
    }
    Ok(roots)
}

fn versions(
    vm: &mut Vm,
    min: i64,
    max: i64,
) -> PyResult<Vec<&'static rustls::SupportedProtocolVersion>> {
    // CPython's TLSVersion values: MINIMUM_SUPPORTED -2, MAXIMUM_SUPPORTED
    // -1, TLSv1_2 0x303, TLSv1_3 0x304.
    let min = if min == -2 { 0 } else { min };
    let max = if max == -1 { i64::MAX } else { max };
    let mut out = Vec::new();
    if min <= 0x303 && 0x303 <= max {
        out.push(&rustls::version::TLS12);
    }
    if min <= 0x304 && 0x304 <= max {
        out.push(&rustls::version::TLS13);
    }
    if out.is_empty() {
        return Err(ssl_failure(
            vm,
            "NO_PROTOCOLS_AVAILABLE",
            "no protocols available".into(),
        ));
    }
    Ok(out)
}

fn alpn_list(vm: &mut Vm, v: Option<&Value>) -> PyResult<Vec<Vec<u8>>> {
    let items = match v {
        None | Some(Value::None) => return Ok(Vec::new()),
        Some(Value::Tuple(t)) => t.0.to_vec(),
        Some(Value::List(l)) => l.0.borrow().clone(),
        Some(_) => return Err(PyErr::type_error("expected a list of protocols")),
    };
    items.iter().map(|i| bytes_arg(vm, i)).collect()
}

// ----- verification -----

/// Why a certificate failed, with OpenSSL's verify code; shown by
/// ssl.py as `certificate verify failed: <message>`.
struct VerifyFailure {
    code: i64,
    message: String,
}

/// The raw issuer and subject names of a DER certificate, to tell a
/// self-signed certificate from one of an unknown CA.
fn issuer_and_subject(der: &[u8]) -> Option<(&[u8], &[u8])> {
    // (tag, whole element, contents) of the element at the start of `d`.
    fn element(d: &[u8]) -> Option<(u8, &[u8], &[u8])> {
        let tag = *d.first()?;
        let first = *d.get(1)? as usize;
        let (len, head) = if first < 0x80 {
            (first, 2)
        } else {
            let n = first & 0x7f;
            if n == 0 || n > 4 {
                return None;
            }
            let mut len = 0usize;
            for i in 0..n {
                len = (len << 8) | *d.get(2 + i)? as usize;
            }
            (len, 2 + n)
        };
        let end = head.checked_add(len)?;
        Some((tag, d.get(..end)?, d.get(head..end)?))
    }
    let (_, _, cert) = element(der)?;
    let (_, _, tbs) = element(cert)?;
    let mut rest = tbs;
    let mut fields = Vec::new();
    while !rest.is_empty() && fields.len() < 6 {
        let (tag, whole, _) = element(rest)?;
        rest = &rest[whole.len()..];
        if tag == 0xa0 {
            continue; // the explicit version
        }
        fields.push(whole);
    }
    // serial, signature algorithm, issuer, validity, subject
    Some((fields.get(2)?, fields.get(4)?))
}

thread_local! {
    /// The verify code and message of the certificate a client verifier
    /// just rejected. The verifier returns rustls's own error (so that the
    /// peer gets the alert OpenSSL sends: unknown CA, bad certificate,
    /// ...); `tls_error` takes the details from here.
    static LAST_VERIFY_FAILURE: RefCell<Option<VerifyFailure>> = const { RefCell::new(None) };
}

fn remember_failure(err: &TlsError, end_entity: &CertificateDer<'_>, host: &str) {
    let failure = verify_failure(err, end_entity, host);
    LAST_VERIFY_FAILURE.with(|f| *f.borrow_mut() = Some(failure));
}

fn verify_failure(err: &TlsError, end_entity: &CertificateDer<'_>, host: &str) -> VerifyFailure {
    let (code, message) = match err {
        TlsError::InvalidCertificate(ce) => match ce {
            CertificateError::UnknownIssuer => match issuer_and_subject(end_entity) {
                Some((i, s)) if i == s => (18, "self-signed certificate".to_string()),
                _ => (20, "unable to get local issuer certificate".to_string()),
            },
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                (10, "certificate has expired".into())
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                (9, "certificate is not yet valid".into())
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                (
                    62,
                    format!("Hostname mismatch, certificate is not valid for '{host}'."),
                )
            }
            CertificateError::BadSignature => (7, "certificate signature failure".into()),
            CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
                (26, "unsupported certificate purpose".into())
            }
            CertificateError::BadEncoding => (4, "unable to decode issuer public key".into()),
            other => (1, format!("{other:?}")),
        },
        other => (1, other.to_string()),
    };
    VerifyFailure { code, message }
}

/// The server's certificate as a client checks it: webpki's chain and
/// name checks when verify_mode asks for them; the name errors dropped
/// when check_hostname is off (verify_mode CERT_REQUIRED alone checks the
/// chain, as OpenSSL).
#[derive(Debug)]
struct ClientSideVerifier {
    chain: Option<Arc<WebPkiServerVerifier>>,
    check_hostname: bool,
    provider: Arc<CryptoProvider>,
}

/// The signature checks of a certificate verifier: every verifier here
/// checks handshake signatures with its crypto provider's algorithms.
macro_rules! signature_checks_by_provider {
    () => {
        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, TlsError> {
            rustls::crypto::verify_tls12_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, TlsError> {
            rustls::crypto::verify_tls13_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.provider
                .signature_verification_algorithms
                .supported_schemes()
        }
    };
}

impl ServerCertVerifier for ClientSideVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Ok(v) => Ok(v),
            Err(TlsError::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.check_hostname => Ok(ServerCertVerified::assertion()),
            Err(e) => {
                let host = match server_name {
                    ServerName::DnsName(d) => d.as_ref().to_string(),
                    ServerName::IpAddress(ip) => format!("{:?}", std::net::IpAddr::from(*ip)),
                    _ => String::new(),
                };
                remember_failure(&e, end_entity, &host);
                Err(e)
            }
        }
    }

    signature_checks_by_provider!();
}

// ----- configurations -----

enum Config {
    Client(Arc<ClientConfig>),
    Server(Arc<ServerConfig>),
}

struct ConfigState(Config);

impl NativeData for ConfigState {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

fn config_value(config: Config) -> PyResult<Value> {
    let (_, cls, _) = classes()?;
    Ok(NativeObject::new(cls, ConfigState(config)))
}

/// `_ssl.client_config(verify_mode, check_hostname, roots, chain, key,
/// alpn, min_version, max_version)`.
fn client_config(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let verify_mode = int_arg(vm, a.first().unwrap_or(&Value::Int(0)))?;
    let check_hostname = vm.truthy(a.get(1).unwrap_or(&Value::Bool(false)))?;
    let roots = root_store(vm, a.get(2))?;
    let chain = der_list(vm, a.get(3))?;
    let key = private_key(vm, a.get(4))?;
    let alpn = alpn_list(vm, a.get(5))?;
    let min = int_arg(vm, a.get(6).unwrap_or(&Value::Int(-2)))?;
    let max = int_arg(vm, a.get(7).unwrap_or(&Value::Int(-1)))?;
    let provider = provider_arc();
    let chain_verifier = if verify_mode == 0 {
        None
    } else if roots.is_empty() {
        // Nothing to trust: every certificate fails, as OpenSSL's
        // "unable to get local issuer certificate".
        Some(None)
    } else {
        match WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone()).build()
        {
            Ok(v) => Some(Some(v)),
            Err(e) => return Err(ssl_failure(vm, "UNKNOWN", e.to_string())),
        }
    };
    let verifier: Arc<dyn ServerCertVerifier> = match chain_verifier {
        Some(None) => Arc::new(NothingTrusted {
            provider: provider.clone(),
        }),
        Some(Some(v)) => Arc::new(ClientSideVerifier {
            chain: Some(v),
            check_hostname,
            provider: provider.clone(),
        }),
        None => Arc::new(ClientSideVerifier {
            chain: None,
            check_hostname,
            provider: provider.clone(),
        }),
    };
    let vers = versions(vm, min, max)?;
    let builder = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&vers)
        .map_err(|e| ssl_failure(vm, "UNKNOWN", e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let mut config = match key {
        Some(key) if !chain.is_empty() => builder
            .with_client_auth_cert(chain, key)
            .map_err(|e| ssl_failure(vm, "UNKNOWN", e.to_string()))?,
        _ => builder.with_no_client_auth(),
    };
    config.alpn_protocols = alpn;
    config_value(Config::Client(Arc::new(config)))
}

/// The verifier of a client with verification on and no trusted
/// certificates at all: every server certificate is of an unknown issuer.
#[derive(Debug)]
struct NothingTrusted {
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for NothingTrusted {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        let e = TlsError::InvalidCertificate(CertificateError::UnknownIssuer);
        remember_failure(&e, end_entity, "");
        Err(e)
    }

    signature_checks_by_provider!();
}

/// `_ssl.server_config(verify_mode, roots, chain, key, alpn, min_version,
/// max_version)`.
fn server_config(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let verify_mode = int_arg(vm, a.first().unwrap_or(&Value::Int(0)))?;
    let roots = root_store(vm, a.get(1))?;
    let chain = der_list(vm, a.get(2))?;
    let key = private_key(vm, a.get(3))?;
    let alpn = alpn_list(vm, a.get(4))?;
    let min = int_arg(vm, a.get(5).unwrap_or(&Value::Int(-2)))?;
    let max = int_arg(vm, a.get(6).unwrap_or(&Value::Int(-1)))?;
    let (Some(key), false) = (key, chain.is_empty()) else {
        return Err(ssl_failure(
            vm,
            "NO_SHARED_CIPHER",
            "no shared cipher".into(),
        ));
    };
    let provider = provider_arc();
    let vers = versions(vm, min, max)?;
    let builder = ServerConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&vers)
        .map_err(|e| ssl_failure(vm, "UNKNOWN", e.to_string()))?;
    let builder = if verify_mode == 0 || roots.is_empty() {
        builder.with_no_client_auth()
    } else {
        let mut v = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider);
        if verify_mode == 1 {
            v = v.allow_unauthenticated();
        }
        match v.build() {
            Ok(v) => builder.with_client_cert_verifier(v),
            Err(e) => return Err(ssl_failure(vm, "UNKNOWN", e.to_string())),
        }
    };
    let mut config = builder
        .with_single_cert(chain, key)
        .map_err(|e| ssl_failure(vm, "UNKNOWN", e.to_string()))?;
    config.alpn_protocols = alpn;
    config_value(Config::Server(Arc::new(config)))
}

// ----- connections -----

struct Conn {
    tls: rustls::Connection,
    /// Ciphertext received and not yet taken by rustls (it stops taking
    /// while its plaintext buffer is full).
    incoming: Vec<u8>,
    /// The peer closed the transport.
    eof: bool,
    /// Some ciphertext arrived already.
    received: bool,
}

struct ConnState(RefCell<Conn>);

impl NativeData for ConnState {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

fn conn_arg(v: Option<&Value>) -> PyResult<&ConnState> {
    v.and_then(|v| native_ref::<ConnState>(v))
        .map(|(_, s)| s)
        .ok_or_else(|| PyErr::type_error("expected a TLS connection"))
}

/// `_ssl.connect(config, server_name)`: a client connection.
fn connect(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let config = match a.first().and_then(|v| native_ref::<ConfigState>(v)) {
        Some((_, ConfigState(Config::Client(c)))) => c.clone(),
        _ => return Err(PyErr::type_error("expected a client configuration")),
    };
    let name = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    let server_name = if name.is_empty() {
        // No name: no SNI; names are not checked (check_hostname needs one).
        ServerName::IpAddress(std::net::Ipv4Addr::UNSPECIFIED.into())
    } else {
        match ServerName::try_from(name.trim_end_matches('.').to_string()) {
            Ok(n) => n,
            Err(_) => {
                return Err(PyErr::value_error(
                    "server_hostname cannot be an empty string or start with a leading dot.",
                ))
            }
        }
    };
    let tls = rustls::ClientConnection::new(config, server_name)
        .map_err(|e| ssl_failure(vm, "UNKNOWN", e.to_string()))?;
    let (_, _, cls) = classes()?;
    Ok(NativeObject::new(
        cls,
        ConnState(RefCell::new(Conn {
            tls: tls.into(),
            incoming: Vec::new(),
            eof: false,
            received: false,
        })),
    ))
}

/// `_ssl.accept(config)`: a server connection.
fn accept(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let config = match a.first().and_then(|v| native_ref::<ConfigState>(v)) {
        Some((_, ConfigState(Config::Server(c)))) => c.clone(),
        _ => return Err(PyErr::type_error("expected a server configuration")),
    };
    let tls = rustls::ServerConnection::new(config)
        .map_err(|e| ssl_failure(vm, "UNKNOWN", e.to_string()))?;
    let (_, _, cls) = classes()?;
    Ok(NativeObject::new(
        cls,
        ConnState(RefCell::new(Conn {
            tls: tls.into(),
            incoming: Vec::new(),
            eof: false,
            received: false,
        })),
    ))
}

/// OpenSSL's reason for an alert the peer sent, as `(NAME, text)`.
fn alert_reason(alert: &AlertDescription) -> (String, String) {
    let (prefix, name) = match alert {
        AlertDescription::CloseNotify => ("SSLV3", "CLOSE_NOTIFY"),
        AlertDescription::UnexpectedMessage => ("SSLV3", "UNEXPECTED_MESSAGE"),
        AlertDescription::BadRecordMac => ("SSLV3", "BAD_RECORD_MAC"),
        AlertDescription::HandshakeFailure => ("SSLV3", "HANDSHAKE_FAILURE"),
        AlertDescription::BadCertificate => ("SSLV3", "BAD_CERTIFICATE"),
        AlertDescription::UnsupportedCertificate => ("SSLV3", "UNSUPPORTED_CERTIFICATE"),
        AlertDescription::CertificateRevoked => ("SSLV3", "CERTIFICATE_REVOKED"),
        AlertDescription::CertificateExpired => ("SSLV3", "CERTIFICATE_EXPIRED"),
        AlertDescription::CertificateUnknown => ("SSLV3", "CERTIFICATE_UNKNOWN"),
        AlertDescription::IllegalParameter => ("SSLV3", "ILLEGAL_PARAMETER"),
        AlertDescription::UnknownCA => ("TLSV1", "UNKNOWN_CA"),
        AlertDescription::AccessDenied => ("TLSV1", "ACCESS_DENIED"),
        AlertDescription::DecodeError => ("TLSV1", "DECODE_ERROR"),
        AlertDescription::DecryptError => ("TLSV1", "DECRYPT_ERROR"),
        AlertDescription::ProtocolVersion => ("TLSV1", "PROTOCOL_VERSION"),
        AlertDescription::InsufficientSecurity => ("TLSV1", "INSUFFICIENT_SECURITY"),
        AlertDescription::InternalError => ("TLSV1", "INTERNAL_ERROR"),
        AlertDescription::UnrecognisedName => ("TLSV1", "UNRECOGNIZED_NAME"),
        AlertDescription::NoApplicationProtocol => ("TLSV1", "NO_APPLICATION_PROTOCOL"),
        AlertDescription::CertificateRequired => ("TLSV13", "CERTIFICATE_REQUIRED"),
        _ => ("TLSV1", "UNKNOWN"),
    };
    let reason = format!("{prefix}_ALERT_{name}");
    let text = reason.to_lowercase().replace('_', " ");
    (reason, text)
}

fn tls_error(vm: &mut Vm, err: TlsError) -> PyErr {
    match err {
        TlsError::InvalidCertificate(ce) => {
            let known = LAST_VERIFY_FAILURE.with(|f| f.borrow_mut().take());
            let v = known.unwrap_or_else(|| {
                verify_failure(
                    &TlsError::InvalidCertificate(ce),
                    &CertificateDer::from(Vec::new()),
                    "",
                )
            });
            failure(vm, "verify", Value::Int(v.code), v.message)
        }
        TlsError::AlertReceived(alert) => {
            let (reason, text) = alert_reason(&alert);
            ssl_failure(vm, &reason, text)
        }
        TlsError::NoCertificatesPresented => ssl_failure(
            vm,
            "PEER_DID_NOT_RETURN_A_CERTIFICATE",
            "peer did not return a certificate".into(),
        ),
        TlsError::InvalidMessage(_) | TlsError::InappropriateMessage { .. } => {
            ssl_failure(vm, "WRONG_VERSION_NUMBER", "wrong version number".into())
        }
        TlsError::PeerIncompatible(p) => {
            let text = format!("{p:?}");
            if text.contains("Application") || text.contains("Alpn") || text.contains("ALPN") {
                ssl_failure(
                    vm,
                    "NO_APPLICATION_PROTOCOL",
                    "no application protocol".into(),
                )
            } else if text.contains("Version") {
                ssl_failure(vm, "UNSUPPORTED_PROTOCOL", "unsupported protocol".into())
            } else {
                ssl_failure(vm, "NO_SHARED_CIPHER", "no shared cipher".into())
            }
        }
        other => ssl_failure(vm, "UNKNOWN", other.to_string()),
    }
}

/// Hands rustls what it will take of the pending ciphertext, processing
/// each record as it goes.
fn pump(vm: &mut Vm, c: &mut Conn) -> PyResult<()> {
    loop {
        if c.incoming.is_empty() {
            if c.eof {
                let mut empty: &[u8] = &[];
                let _ = c.tls.read_tls(&mut empty);
                c.tls.process_new_packets().map_err(|e| tls_error(vm, e))?;
            }
            return Ok(());
        }
        let mut src: &[u8] = &c.incoming;
        // An error says its buffer is full until the plaintext is read.
        let n = c.tls.read_tls(&mut src).unwrap_or_default();
        c.incoming.drain(..n);
        c.tls.process_new_packets().map_err(|e| tls_error(vm, e))?;
        if n == 0 {
            return Ok(());
        }
    }
}

/// `_ssl.feed(conn, data)`: ciphertext read from the transport; b""
/// tells that the peer closed it.
fn feed(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = conn_arg(a.first())?;
    let data = bytes_arg(vm, a.get(1).unwrap_or(&Value::None))?;
    let mut c = st.0.borrow_mut();
    if data.is_empty() {
        c.eof = true;
    } else {
        if !c.received && matches!(c.tls, rustls::Connection::Server(_)) {
            // OpenSSL names a plain HTTP request sent to a TLS server.
            let methods: [&[u8]; 5] = [b"GET ", b"POST ", b"HEAD ", b"PUT ", b"CONNECT "];
            if let Some(m) = methods.iter().find(|m| data.starts_with(m)) {
                let (reason, text) = if m.starts_with(b"CONNECT") {
                    ("HTTPS_PROXY_REQUEST", "https proxy request")
                } else {
                    ("HTTP_REQUEST", "http request")
                };
                return Err(ssl_failure(vm, reason, text.into()));
            }
        }
        c.received = true;
        c.incoming.extend_from_slice(&data);
    }
    pump(vm, &mut c)?;
    Ok(Value::None)
}

/// `_ssl.take_outgoing(conn)`: the ciphertext to send.
fn take_outgoing(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = conn_arg(a.first())?;
    let mut c = st.0.borrow_mut();
    let mut out = Vec::new();
    while c.tls.wants_write() {
        match c.tls.write_tls(&mut out) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    Ok(Value::Bytes(Rc::new(out)))
}

/// `_ssl.state(conn)`: (handshaking, wants_read, plaintext bytes ready,
/// ciphertext received and not processed yet).
fn state(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = conn_arg(a.first())?;
    let mut c = st.0.borrow_mut();
    let ready = match c.tls.process_new_packets() {
        Ok(s) => s.plaintext_bytes_to_read(),
        Err(e) => return Err(tls_error(vm, e)),
    };
    Ok(Value::tuple(vec![
        Value::Bool(c.tls.is_handshaking()),
        Value::Bool(c.tls.wants_read()),
        Value::Int(ready as i64),
        Value::Bool(!c.incoming.is_empty()),
    ]))
}

/// `_ssl.read(conn, n)`: up to n bytes of plaintext; None when more
/// ciphertext is needed; b"" after the peer's close_notify. A transport
/// closed without one raises TLSFailure("eof", ...).
fn read(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = conn_arg(a.first())?;
    let n = int_arg(vm, a.get(1).unwrap_or(&Value::Int(1024)))?.max(0) as usize;
    let mut c = st.0.borrow_mut();
    let mut buf = vec![0u8; n.min(1 << 20)];
    for _ in 0..2 {
        match c.tls.reader().read(&mut buf) {
            Ok(got) => {
                buf.truncate(got);
                return Ok(Value::Bytes(Rc::new(buf)));
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if c.incoming.is_empty() {
                    return Ok(Value::None);
                }
                pump(vm, &mut c)?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                return Err(failure(
                    vm,
                    "eof",
                    Value::str("UNEXPECTED_EOF_WHILE_READING"),
                    "EOF occurred in violation of protocol".into(),
                ));
            }
            Err(e) => return Err(ssl_failure(vm, "UNKNOWN", e.to_string())),
        }
    }
    Ok(Value::None)
}

/// `_ssl.write(conn, data)`: plaintext to send; how much was taken.
fn write(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = conn_arg(a.first())?;
    let data = bytes_arg(vm, a.get(1).unwrap_or(&Value::None))?;
    let mut c = st.0.borrow_mut();
    match c.tls.writer().write(&data) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => Err(ssl_failure(vm, "UNKNOWN", e.to_string())),
    }
}

/// `_ssl.close_notify(conn)`: queues the closing alert.
fn close_notify(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = conn_arg(a.first())?;
    st.0.borrow_mut().tls.send_close_notify();
    Ok(Value::None)
}

/// `_ssl.info(conn)`: (version, cipher suite, ALPN protocol, the peer's
/// certificate chain as DER, the SNI name a server was sent).
fn info(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = conn_arg(a.first())?;
    let c = st.0.borrow();
    let version = match c.tls.protocol_version() {
        Some(rustls::ProtocolVersion::TLSv1_3) => Value::str("TLSv1.3"),
        Some(rustls::ProtocolVersion::TLSv1_2) => Value::str("TLSv1.2"),
        Some(other) => Value::string(format!("{other:?}")),
        None => Value::None,
    };
    let suite = match c.tls.negotiated_cipher_suite() {
        Some(s) => Value::string(format!("{:?}", s.suite())),
        None => Value::None,
    };
    let alpn = match c.tls.alpn_protocol() {
        Some(p) => Value::Bytes(Rc::new(p.to_vec())),
        None => Value::None,
    };
    let chain = match c.tls.peer_certificates() {
        Some(certs) => Value::list(
            certs
                .iter()
                .map(|c| Value::Bytes(Rc::new(c.as_ref().to_vec())))
                .collect(),
        ),
        None => Value::None,
    };
    let sni = match &c.tls {
        rustls::Connection::Server(s) => match s.server_name() {
            Some(n) => Value::str(n),
            None => Value::None,
        },
        _ => Value::None,
    };
    Ok(Value::tuple(vec![version, suite, alpn, chain, sni]))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let failure_cls =
        crate::binargs::exception_class(vm, "_ssl", "TLSFailure", ExcType::Exception)?;
    let config = whirl_vm::native::native_class(vm, "TLSConfig", "_ssl", &[], None);
    let conn = whirl_vm::native::native_class(vm, "TLSConnection", "_ssl", &[], None);
    CLASSES.with(|c| *c.borrow_mut() = Some((failure_cls.clone(), config, conn)));
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_ssl",
        vec![
            f("pem_certs", pem_certs),
            f("check_key", check_key),
            f("client_config", client_config),
            f("server_config", server_config),
            f("connect", connect),
            f("accept", accept),
            f("feed", feed),
            f("take_outgoing", take_outgoing),
            f("state", state),
            f("read", read),
            f("write", write),
            f("close_notify", close_notify),
            f("info", info),
            ("TLSFailure", Value::Class(failure_cls)),
        ],
    ))
}
