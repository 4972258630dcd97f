"""Which shared libraries ELF files need, and which Debian packages provide them.

Reads DT_NEEDED entries straight from the ELF dynamic section (stdlib only, so the
build needs no binutils), then asks the build machine's dynamic-linker cache and dpkg
which installed package owns each library.
"""
from __future__ import annotations

import mmap
import os
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
PT_LOAD, PT_DYNAMIC = 1, 2
DT_NULL, DT_NEEDED, DT_STRTAB = 0, 1, 5


class UnresolvedLibraries(Exception):
    """Libraries the kiosk needs that no installed Debian package provides on this machine."""


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ELF_MAGIC
    except OSError:
        return False


def needed_libraries(path: Path) -> list[str]:
    """The sonames ``path`` links against (its DT_NEEDED entries); [] for a non-ELF or static file."""
    with path.open("rb") as handle:
        if handle.read(4) != ELF_MAGIC or os.fstat(handle.fileno()).st_size < 64:
            return []
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as image:
            return _needed_from_image(image)


def _needed_from_image(image: mmap.mmap) -> list[str]:
    is_64 = image[4] == 2
    order = "<" if image[5] == 1 else ">"
    if is_64:
        phoff, = struct.unpack_from(order + "Q", image, 0x20)
        phentsize, phnum = struct.unpack_from(order + "HH", image, 0x36)
        header, entry = order + "IIQQQQQQ", order + "qQ"
    else:
        phoff, = struct.unpack_from(order + "I", image, 0x1C)
        phentsize, phnum = struct.unpack_from(order + "HH", image, 0x2A)
        header, entry = order + "IIIIIIII", order + "iI"
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
    dynamic: tuple[int, int] | None = None  # (offset, size)
    for index in range(phnum):
        fields = struct.unpack_from(header, image, phoff + index * phentsize)
        if is_64:
            p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = fields[:6]
        else:
            p_type, p_offset, p_vaddr, _paddr, p_filesz = fields[:5]
        if p_type == PT_LOAD:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []
    entry_size = struct.calcsize(entry)
    needed_offsets: list[int] = []
    strtab_address = None
    for position in range(dynamic[0], dynamic[0] + dynamic[1], entry_size):
        tag, value = struct.unpack_from(entry, image, position)
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            needed_offsets.append(value)
        elif tag == DT_STRTAB:
            strtab_address = value
    if strtab_address is None:
        return []
    strtab = _file_offset(loads, strtab_address)
    names = []
    for offset in needed_offsets:
        start = strtab + offset
        names.append(image[start:image.find(b"\0", start)].decode())
    return names


def _file_offset(loads: list[tuple[int, int, int]], address: int) -> int:
    for vaddr, offset, filesz in loads:
        if vaddr <= address < vaddr + filesz:
            return address - vaddr + offset
    raise ValueError(f"address {address:#x} is in no loadable segment")


def elf_files(root: Path) -> Iterable[Path]:
    """Every regular ELF file under ``root`` (symlinks are not followed)."""
    for directory, _dirs, files in os.walk(root):
        for name in files:
            path = Path(directory, name)
            if not path.is_symlink() and is_elf(path):
                yield path


def external_libraries(root: Path) -> dict[str, list[Path]]:
    """Sonames needed by ELF files under ``root`` that no file under ``root`` provides."""
    files = list(elf_files(root))
    provided = {path.name for path in files}
    wanted: dict[str, list[Path]] = {}
    for path in files:
        for soname in needed_libraries(path):
            if soname not in provided:
                wanted.setdefault(soname, []).append(path)
    return wanted


def system_library_paths(multiarch: str) -> dict[str, str]:
    """soname -> path from the dynamic-linker cache, for libraries of the ``multiarch`` triplet."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for line in listing.splitlines()[1:]:
        name, _, target = line.strip().partition(" => ")
        soname = name.split(" (", 1)[0]
        if target and f"/{multiarch}/" in target:
            paths.setdefault(soname, target)
    return paths


def owning_package(path: str) -> str | None:
    """The installed Debian package that owns ``path`` (trying the merged-/usr spellings too)."""
    candidates = [path, os.path.realpath(path)]
    candidates += [c.removeprefix("/usr") if c.startswith("/usr/lib/") else "/usr" + c for c in list(candidates)]
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            first = result.stdout.splitlines()[0]
            package = first.split(": ", 1)[0].split(", ")[0]
            return package.split(":", 1)[0]
    return None


def debian_dependencies(root: Path, multiarch: str) -> dict[str, list[str]]:
    """Debian package -> the sonames it provides, for every library ``root`` needs from the system.

    Raises :class:`UnresolvedLibraries` naming any library not installed on this machine
    (the build must run where every runtime library is installed, so it can name the package).
    """
    wanted = external_libraries(root)
    cache = system_library_paths(multiarch)
    packages: dict[str, list[str]] = {}
    missing: dict[str, list[Path]] = {}
    for soname, users in sorted(wanted.items()):
        path = cache.get(soname)
        package = owning_package(path) if path else None
        if package is None:
            missing[soname] = users
        else:
            packages.setdefault(package, []).append(soname)
    if missing:
        lines = [f"  {soname} (needed by {users[0].relative_to(root)})" for soname, users in missing.items()]
        raise UnresolvedLibraries("no installed package provides:\n" + "\n".join(lines))
    return packages
