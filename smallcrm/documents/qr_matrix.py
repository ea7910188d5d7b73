"""QR codes of the one kind our invoices print (ISO/IEC 18004): bytes, error correction level M, mask 2,
versions 1-13 (up to 331 bytes, the most an EPC payload holds).

segno makes any QR code but spends ~2 ms of pure Python on one, a fifth of a one-page invoice. Here what
does not depend on the data is made once per version: the function patterns with the format and version
information, and the order and mask of the data modules; a code is then its codewords (Reed-Solomon with
the remainder kept in one integer) written into a copy of that template. The tests check the result
module for module against segno.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

# Level M, per version: error correction codewords per block, and the (blocks, data codewords) groups.
_BLOCKS = {1: (10, ((1, 16),)), 2: (16, ((1, 28),)), 3: (26, ((1, 44),)), 4: (18, ((2, 32),)), 5: (24, ((2, 43),)),
           6: (16, ((4, 27),)), 7: (18, ((4, 31),)), 8: (22, ((2, 38), (2, 39))), 9: (22, ((3, 36), (2, 37))),
           10: (26, ((4, 43), (1, 44))), 11: (30, ((1, 50), (4, 51))), 12: (22, ((6, 36), (2, 37))),
           13: (22, ((8, 37), (1, 38)))}
_ALIGNMENT = {2: (6, 18), 3: (6, 22), 4: (6, 26), 5: (6, 30), 6: (6, 34), 7: (6, 22, 38), 8: (6, 24, 42),
              9: (6, 26, 46), 10: (6, 28, 50), 11: (6, 30, 54), 12: (6, 32, 58), 13: (6, 34, 62)}
MASK = 2  # dark where the column is a multiple of 3
_LEVEL_M = 0  # the level's two bits in the format information


def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log, value = [0] * 512, [0] * 256, 1
    for power in range(255):
        exp[power], log[value] = value, power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _multiply(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@lru_cache(maxsize=16)
def _divisor_rows(degree: int) -> tuple[int, ...]:
    """For each value of the leading byte, the generator polynomial times it, as one integer of ``degree``
    bytes (what the remainder is XORed with in a step of the division)."""
    divisor, root = [0] * (degree - 1) + [1], 1
    for _ in range(degree):
        for j in range(degree):
            divisor[j] = _multiply(divisor[j], root)
            if j + 1 < degree:
                divisor[j] ^= divisor[j + 1]
        root = _multiply(root, 2)
    return tuple(int.from_bytes(bytes(_multiply(c, factor) for c in divisor), "big") for factor in range(256))


def _ecc(data: bytes, degree: int) -> bytes:
    rows, shift, mask = _divisor_rows(degree), 8 * (degree - 1), (1 << 8 * degree) - 1
    remainder = 0
    for byte in data:
        remainder = ((remainder << 8) & mask) ^ rows[byte ^ (remainder >> shift)]
    return remainder.to_bytes(degree, "big")


def _bch(value: int, bits: int, generator: int) -> int:
    remainder = value
    for _ in range(bits):
        remainder = (remainder << 1) ^ ((remainder >> (bits - 1)) * generator)
    return value << bits | remainder


@lru_cache(maxsize=16)
def _template(version: int) -> tuple[itemgetter, int, int]:
    """What turns a version's data bits into its modules, made once per version.

    The data modules in placement order (two-module columns, up and down from the right) get the bits of
    the codewords; the mask is one integer XORed onto them; ``pick`` then reads the whole symbol row by row
    from those bits followed by "0" and "1" (what the function modules are): one C-level lookup per module.
    """
    size = 17 + 4 * version
    dark = [bytearray(size) for _ in range(size)]
    fixed = [bytearray(size) for _ in range(size)]

    def put(x: int, y: int, on: bool) -> None:
        dark[y][x], fixed[y][x] = on, 1

    for i in range(size):  # timing patterns
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):  # finders with their separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                if 0 <= cx + dx < size and 0 <= cy + dy < size:
                    put(cx + dx, cy + dy, max(abs(dx), abs(dy)) not in (2, 4))
    centres = _ALIGNMENT.get(version, ())
    last = len(centres) - 1
    for i, cx in enumerate(centres):
        for j, cy in enumerate(centres):
            if (i, j) not in ((0, 0), (0, last), (last, 0)):
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        put(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1)
    fmt = _bch(_LEVEL_M << 3 | MASK, 10, 0x537) ^ 0x5412
    for i in range(15):
        on = bool(fmt >> i & 1)
        put(8, i if i < 6 else i + 1 if i < 8 else size - 15 + i, on)
        put(size - 1 - i if i < 8 else 7 if i == 8 else 14 - i, 8, on)
    put(8, size - 8, True)
    if version >= 7:
        info = _bch(version, 12, 0x1F25)
        for i in range(18):
            on = bool(info >> i & 1)
            put(size - 11 + i % 3, i // 3, on)
            put(i // 3, size - 11 + i % 3, on)
    order = []
    for right in range(size - 1, 0, -2):
        if right <= 6:
            right -= 1
        upward = ((right + 1) & 2) == 0
        for vertical in range(size):
            y = size - 1 - vertical if upward else vertical
            order += [(y, x) for x in (right, right - 1) if not fixed[y][x]]
    mask = int("".join("1" if x % 3 == 0 else "0" for _, x in order), 2)
    place = {module: index for index, module in enumerate(order)}
    count = len(order)  # the bits; then "0" at ``count`` and "1" at ``count + 1``
    pick = itemgetter(*(place[y, x] if not fixed[y][x] else count + dark[y][x]
                        for y in range(size) for x in range(size)))
    return pick, mask, count


def _version(length: int) -> int:
    for version, (_, groups) in _BLOCKS.items():
        capacity = sum(blocks * data for blocks, data in groups)
        if 4 + (8 if version < 10 else 16) + 8 * length <= 8 * capacity:
            return version
    raise ValueError(f"{length} bytes do not fit a QR code of versions 1-13 at level M")


def _codewords(data: bytes, version: int) -> bytes:
    degree, groups = _BLOCKS[version]
    capacity = sum(blocks * size for blocks, size in groups)
    count_bits = 8 if version < 10 else 16
    bits = f"0100{len(data):0{count_bits}b}" + "".join(f"{byte:08b}" for byte in data)
    bits += "0" * min(4, 8 * capacity - len(bits))  # the terminator
    # Then zeros up to the next byte, and a whole byte of them when already there: segno's way, which gives
    # the codes we printed before (readers stop at the terminator, so either scans the same).
    bits += "0" * (8 - len(bits) % 8)
    stream = int(bits, 2).to_bytes(len(bits) // 8, "big")
    stream = (stream + bytes((0xEC, 0x11)) * capacity)[:capacity]
    blocks, at = [], 0
    for count, size in groups:
        for _ in range(count):
            blocks.append(stream[at:at + size])
            at += size
    out = bytearray()
    for i in range(max(len(block) for block in blocks)):
        out += bytes(block[i] for block in blocks if i < len(block))
    eccs = [_ecc(block, degree) for block in blocks]
    for i in range(degree):
        out += bytes(ecc[i] for ecc in eccs)
    return bytes(out)


def qr_rows(data: bytes) -> list[str]:
    """The modules of the QR code of ``data``, row by row from the top ("1" dark), without the quiet zone."""
    version = _version(len(data))
    pick, mask, count = _template(version)
    codewords = _codewords(data, version)
    value = (int.from_bytes(codewords, "big") << (count - 8 * len(codewords))) ^ mask  # remainder bits: 0
    modules = "".join(pick(f"{value:0{count}b}01"))
    size = 17 + 4 * version
    return [modules[at:at + size] for at in range(0, size * size, size)]
