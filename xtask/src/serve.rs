//! A small static file server for dist (std only), for `serve` and the browser tests.
//!
//! Serves dist at `/` and the same files under `/keuzehulp/` (to test sub-path
//! hosting as on GitHub Pages), with correct MIME types and `Cache-Control:
//! no-cache`. Anything that would leave dist is a 404. A precompressed `x.br`
//! next to `x` (the bench makes them) is sent with `Content-Encoding: br` when
//! the request accepts br; every response has an `ETag`, so a revalidation
//! (the service worker's precache) is a 304 as on GitHub Pages.

use crate::build;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// The sub-path under which dist is served as well.
pub const SUB_PATH: &str = "/keuzehulp/";

pub fn serve_command(opts: &build::Options, port: u16) -> Result<(), String> {
    let built = build::build(opts)?;
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port} ({e}); try --port N"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!();
    println!("Serving {} on http://{addr}/", built.dist.display());
    println!("          and on http://{addr}{SUB_PATH} (sub-path hosting)");
    println!("Press Ctrl+C to stop.");
    accept_loop(listener, built.dist, true);
    Ok(())
}

/// Start the server on a free loopback port in a background thread.
pub fn start(dist: PathBuf) -> Result<SocketAddr, String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("cannot listen on loopback: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    std::thread::spawn(move || accept_loop(listener, dist, false));
    Ok(addr)
}

fn accept_loop(listener: TcpListener, dist: PathBuf, log: bool) {
    let dist = dist.canonicalize().unwrap_or(dist);
    for stream in listener.incoming().flatten() {
        let dist = dist.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &dist, log);
        });
    }
}

fn handle(mut stream: TcpStream, dist: &Path, log: bool) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers, up to a limit; only two matter.
    let mut total = request_line.len();
    let (mut accepts_br, mut if_none_match) = (false, None);
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line)?;
        total += n;
        if n == 0 || line == "\r\n" || line == "\n" || total > 64 * 1024 {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
            if name == "accept-encoding" {
                accepts_br = value.split(',').any(|e| {
                    let mut parts = e.split(';').map(str::trim);
                    parts.next() == Some("br") && !parts.any(|p| p.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()) == Some(0.0))
                });
            } else if name == "if-none-match" {
                if_none_match = Some(value.to_string());
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let head = method == "HEAD";
    let mut response = if method != "GET" && !head {
        Response::text(405, "Method Not Allowed", "only GET and HEAD\n")
    } else {
        respond(dist, target, accepts_br)
    };
    if response.status == 200 && if_none_match.is_some_and(|v| v.split(',').any(|t| t.trim() == response.etag())) {
        (response.status, response.reason, response.body) = (304, "Not Modified", Vec::new());
    }
    if log {
        println!("{} {method} {target}", response.status);
    }
    response.write(&mut stream, head)
}

struct Response {
    status: u16,
    reason: &'static str,
    content_type: &'static str,
    location: Option<String>,
    /// `Some("br")` when the body is the precompressed `.br` file.
    encoding: Option<&'static str>,
    body: Vec<u8>,
}

impl Response {
    fn text(status: u16, reason: &'static str, body: &str) -> Response {
        Response { status, reason, content_type: "text/plain; charset=utf-8", location: None, encoding: None, body: body.into() }
    }

    /// A strong validator: the body's FNV-1a hash (different for the br body).
    fn etag(&self) -> String {
        let mut h = crate::util::FNV_START;
        crate::util::fnv1a(&mut h, &self.body);
        format!("\"{h:016x}\"")
    }

    fn write(&self, stream: &mut TcpStream, head: bool) -> std::io::Result<()> {
        let mut h = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n\
             X-Content-Type-Options: nosniff\r\nConnection: close\r\n",
            self.status,
            self.reason,
            self.content_type,
            self.body.len()
        );
        if let Some(l) = &self.location {
            h.push_str(&format!("Location: {l}\r\n"));
        }
        if self.status == 200 {
            h.push_str(&format!("ETag: {}\r\nVary: Accept-Encoding\r\n", self.etag()));
        }
        if let Some(e) = self.encoding {
            h.push_str(&format!("Content-Encoding: {e}\r\n"));
        }
        h.push_str("\r\n");
        stream.write_all(h.as_bytes())?;
        if !head {
            stream.write_all(&self.body)?;
        }
        stream.flush()
    }
}

fn respond(dist: &Path, target: &str, accepts_br: bool) -> Response {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if path == SUB_PATH.trim_end_matches('/') {
        // Relative URLs need the trailing slash.
        let mut r = Response::text(301, "Moved Permanently", "moved\n");
        r.location = Some(SUB_PATH.to_string());
        return r;
    }
    let rel = path.strip_prefix(SUB_PATH).or_else(|| path.strip_prefix('/'));
    let Some(file) = rel.and_then(percent_decode).and_then(|p| safe_path(dist, &p)) else {
        return Response::text(404, "Not Found", "not found\n");
    };
    let content_type = mime(&file);
    let br = accepts_br.then(|| precompressed(dist, &file)).flatten();
    let encoding = br.is_some().then_some("br");
    match std::fs::read(br.as_deref().unwrap_or(&file)) {
        Ok(body) => Response { status: 200, reason: "OK", content_type, location: None, encoding, body },
        Err(_) => Response::text(404, "Not Found", "not found\n"),
    }
}

/// `x.br` next to `x`, if it is a file inside dist.
fn precompressed(dist: &Path, file: &Path) -> Option<PathBuf> {
    let mut name = file.file_name()?.to_os_string();
    name.push(".br");
    let real = file.with_file_name(name).canonicalize().ok()?;
    (real.starts_with(dist) && real.is_file()).then_some(real)
}

/// Map a decoded URL path onto a file inside dist; `None` for anything that
/// climbs out (`..`, absolute parts, backslashes, NUL) or is not a file.
fn safe_path(dist: &Path, rel: &str) -> Option<PathBuf> {
    if rel.contains(['\\', '\0']) {
        return None;
    }
    let mut p = dist.to_path_buf();
    for seg in rel.split('/') {
        match seg {
            "" => {}
            "." | ".." => return None,
            s => {
                if !matches!(Path::new(s).components().next(), Some(Component::Normal(_))) {
                    return None;
                }
                p.push(s);
            }
        }
    }
    if p.is_dir() {
        p.push("index.html");
    }
    // Symlinks must not lead out of dist either.
    let real = p.canonicalize().ok()?;
    (real.starts_with(dist) && real.is_file()).then_some(real)
}

/// `%xx` escapes decoded (an invalid one stays as written, and names no
/// file); `None` for bytes that are not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    percent_encoding::percent_decode_str(s).decode_utf8().ok().map(|c| c.into_owned())
}

pub fn mime(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "webp" => "image/webp",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// For the tests: GET a path from a running server, return (status, headers, body).
#[cfg(test)]
fn get(addr: SocketAddr, raw_path: &str) -> (u16, String, Vec<u8>) {
    use std::io::Read;
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "GET {raw_path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let split = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&buf[..split]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head, buf[split + 4..].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util;

    fn fixture(name: &str) -> (PathBuf, SocketAddr) {
        let base = std::env::temp_dir().join(format!("xtask-serve-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let dist = base.join("dist");
        util::write(&dist.join("index.html"), "<h1>hi</h1>").unwrap();
        util::write(&dist.join("pkg-site/app_bg.wasm"), b"\0asm").unwrap();
        util::write(&dist.join("main.js"), "x").unwrap();
        util::write(&base.join("secret.txt"), "secret").unwrap();
        let addr = start(dist).unwrap();
        (base, addr)
    }

    #[test]
    fn serves_root_and_sub_path_with_mime_types() {
        let (_base, addr) = fixture("mime");
        let (st, head, body) = get(addr, "/");
        assert_eq!((st, body.as_slice()), (200, b"<h1>hi</h1>".as_slice()));
        assert!(head.contains("Content-Type: text/html; charset=utf-8"));
        assert!(head.contains("Cache-Control: no-cache"));
        let (st, head, _) = get(addr, "/keuzehulp/pkg-site/app_bg.wasm");
        assert_eq!(st, 200);
        assert!(head.contains("Content-Type: application/wasm"));
        let (st, head, _) = get(addr, "/keuzehulp/main.js?v=1");
        assert_eq!(st, 200);
        assert!(head.contains("Content-Type: text/javascript"));
        let (st, head, _) = get(addr, "/keuzehulp");
        assert_eq!(st, 301);
        assert!(head.contains("Location: /keuzehulp/"));
        assert_eq!(get(addr, "/keuzehulp/").0, 200);
        assert_eq!(get(addr, "/nope.js").0, 404);
    }

    #[test]
    fn traversal_attempts_are_404() {
        let (_base, addr) = fixture("traversal");
        for p in [
            "/../secret.txt",
            "/keuzehulp/../secret.txt",
            "/keuzehulp/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/pkg-site/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/..%5csecret.txt",
            "//etc/passwd",
            "/%00",
            "/%zz",
        ] {
            assert_eq!(get(addr, p).0, 404, "{p}");
        }
    }

    #[test]
    fn precompressed_br_only_when_accepted_and_etag_revalidates() {
        use std::io::Read;
        let (base, addr) = fixture("br");
        util::write(&base.join("dist/main.js.br"), b"BR").unwrap();
        let get_with = |headers: &str| {
            let mut s = TcpStream::connect(addr).unwrap();
            write!(s, "GET /keuzehulp/main.js HTTP/1.1\r\nHost: x\r\n{headers}\r\n").unwrap();
            let mut buf = Vec::new();
            s.read_to_end(&mut buf).unwrap();
            String::from_utf8_lossy(&buf).into_owned()
        };
        let plain = get_with("Accept-Encoding: gzip\r\n");
        assert!(plain.ends_with("\r\n\r\nx") && !plain.contains("Content-Encoding"), "{plain}");
        let br = get_with("Accept-Encoding: gzip, deflate, br, zstd\r\n");
        assert!(br.ends_with("\r\n\r\nBR") && br.contains("Content-Encoding: br"), "{br}");
        assert!(br.contains("Content-Type: text/javascript") && br.contains("Vary: Accept-Encoding"), "{br}");
        let etag = br.lines().find_map(|l| l.strip_prefix("ETag: ")).unwrap().to_string();
        let again = get_with(&format!("Accept-Encoding: br\r\nIf-None-Match: {etag}\r\n"));
        assert!(again.starts_with("HTTP/1.1 304") && again.ends_with("\r\n\r\n"), "{again}");
        let other = get_with(&format!("If-None-Match: {etag}\r\n"));
        assert!(other.starts_with("HTTP/1.1 200"), "the plain body has another ETag: {other}");
        assert_eq!(get_with("Accept-Encoding: br;q=0\r\n").contains("Content-Encoding"), false);
    }

    #[test]
    fn mime_table() {
        assert_eq!(mime(Path::new("m.webmanifest")), "application/manifest+json");
        assert_eq!(mime(Path::new("i.svg")), "image/svg+xml");
        assert_eq!(mime(Path::new("a.css")), "text/css; charset=utf-8");
    }
}
