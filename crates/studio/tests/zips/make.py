"""Makes the zips the studio's zip reader is tested on (crates/studio/src/zip.rs):
run `python3 crates/studio/tests/zips/make.py` in the repository root. The
zips are committed; the test does not need Python.

- python-deflate.zip: Python's zipfile, deflate, a folder entry, a file that
  is not TOML and macOS's __MACOSX/._ copies next to the rules (as Finder adds);
- python-streamed.zip: the same written to a stream, so every entry has a
  data descriptor and zero sizes in its local header (as Finder writes);
- zip-r.zip: Info-ZIP's `zip -r` (extra fields in every header).
"""
import io, os, shutil, subprocess, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    "rules/rules.toml": "# Regels — één bestand\n[[rule]]\nid = \"x\"\n" * 40,
    "rules/README.md": "Not read by the studio.\n",
    "tests/cases/roles.toml": "[[case]]\nname = \"zzp\"\nanswers = \"rol=zzp\"\n",
}
MAC = {"__MACOSX/rules/._rules.toml": b"\x00\x05\x16\x07Mac OS X resource fork"}


def fill(z):
    z.writestr(zipfile.ZipInfo("rules/"), b"")
    for name, text in FILES.items():
        z.writestr(name, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    for name, data in MAC.items():
        z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


class Unseekable(io.RawIOBase):
    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


with zipfile.ZipFile(os.path.join(HERE, "python-deflate.zip"), "w") as z:
    fill(z)

stream = Unseekable()
with zipfile.ZipFile(stream, "w") as z:
    fill(z)
with open(os.path.join(HERE, "python-streamed.zip"), "wb") as f:
    f.write(stream.data)

tmp = tempfile.mkdtemp()
try:
    for name, text in FILES.items():
        os.makedirs(os.path.join(tmp, os.path.dirname(name)), exist_ok=True)
        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
            f.write(text)
    out = os.path.join(HERE, "zip-r.zip")
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(["zip", "-r", "-X", out, "rules", "tests"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
finally:
    shutil.rmtree(tmp)
