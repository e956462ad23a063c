#!/usr/bin/env python3
"""Draw www/icon-192.png and www/icon-512.png: the same picture as www/icon.svg
(a blue disc with a white check mark), with python3's standard library only.

Run by hand after changing icon.svg: python3 xtask/assets/make_icons.py
"""
import math
import struct
import zlib
from pathlib import Path

WWW = Path(__file__).resolve().parents[2] / "www"
BLUE = (0x15, 0x42, 0x73)
WHITE = (0xFF, 0xFF, 0xFF)
# icon.svg, in its 32 x 32 viewBox.
CIRCLE = (16.0, 16.0, 15.0)
CHECK = [(9.0, 17.0), (14.0, 22.0), (23.0, 11.0)]
STROKE = 3.5 / 2
SAMPLES = 4  # per axis, for anti-aliasing


def dist_to_segment(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def pixel(x, y, scale):
    """RGBA of pixel (x, y): the average over SAMPLES² points."""
    disc = check = 0
    for i in range(SAMPLES):
        for j in range(SAMPLES):
            px = (x + (i + 0.5) / SAMPLES) / scale
            py = (y + (j + 0.5) / SAMPLES) / scale
            cx, cy, r = CIRCLE
            if math.hypot(px - cx, py - cy) <= r:
                disc += 1
                if min(dist_to_segment(px, py, a, b) for a, b in zip(CHECK, CHECK[1:])) <= STROKE:
                    check += 1
    n = SAMPLES * SAMPLES
    if disc == 0:
        return (0, 0, 0, 0)
    w = check / disc  # white share of the covered part
    rgb = tuple(round(b * (1 - w) + c * w) for b, c in zip(BLUE, WHITE))
    return rgb + (round(255 * disc / n),)


def png(size):
    scale = size / 32
    rows = []
    for y in range(size):
        raw = bytearray()
        for x in range(size):
            raw.extend(pixel(x, y, scale))
        # Filter 1 (Sub): flat colours compress to almost nothing.
        sub = bytearray(raw[:4])
        sub.extend((raw[i] - raw[i - 4]) & 0xFF for i in range(4, len(raw)))
        rows.append(b"\x01" + bytes(sub))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    for size in (192, 512):
        out = WWW / f"icon-{size}.png"
        out.write_bytes(png(size))
        print(f"{out}: {out.stat().st_size} bytes")
