#!/usr/bin/env python3
"""Draws the app's icons (Forum.Web/wwwroot/icons, favicon.ico): a pale circle on the accent colour, which says
nothing about what the site is, so an icon on a shared phone tells no one. Standard library only; run from the
repository's root after changing a colour."""
import struct, zlib, pathlib

ACCENT = (0x1d, 0x6b, 0x66)
PAPER = (0xfb, 0xfa, 0xf7)
OUT = pathlib.Path("Forum.Web/wwwroot")


def png(size, maskable=False):
    corner = 0 if maskable else size * 0.22          # a maskable icon fills its square; the system cuts its shape
    radius = size * (0.24 if maskable else 0.30)      # inside the maskable safe zone (the middle 80 %)
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            # Outside the rounded corners: transparent.
            cx = min(max(px, corner), size - corner)
            cy = min(max(py, corner), size - corner)
            if corner and (px - cx) ** 2 + (py - cy) ** 2 > corner ** 2:
                rows += bytes((0, 0, 0, 0))
                continue
            inside = (px - size / 2) ** 2 + (py - size / 2) ** 2 <= radius ** 2
            rows += bytes((*(PAPER if inside else ACCENT), 255))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def ico(images):
    """An .ico whose entries are PNGs, which every browser reads."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


(OUT / "icons").mkdir(parents=True, exist_ok=True)
for size in (180, 192, 512):
    (OUT / "icons" / f"icon-{size}.png").write_bytes(png(size))
(OUT / "icons" / "icon-maskable-512.png").write_bytes(png(512, maskable=True))
(OUT / "favicon.ico").write_bytes(ico([(size, png(size)) for size in (16, 32, 48)]))
