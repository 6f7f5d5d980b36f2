"""Encoding name aliases: normalized alias -> codec module name."""

aliases = {
    # ascii
    "646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii",
    "ansi_x3.4_1986": "ascii", "cp367": "ascii", "csascii": "ascii",
    "ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii",
    "iso_ir_6": "ascii", "us": "ascii", "us_ascii": "ascii",
    # latin_1
    "8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1",
    "ibm819": "latin_1", "iso8859": "latin_1", "iso8859_1": "latin_1",
    "iso_8859_1": "latin_1", "iso_8859_1_1987": "latin_1",
    "iso_ir_100": "latin_1", "l1": "latin_1", "latin": "latin_1",
    "latin1": "latin_1",
    # utf_8
    "u8": "utf_8", "utf": "utf_8", "utf8": "utf_8", "utf8_ucs2": "utf_8",
    "utf8_ucs4": "utf_8", "cp65001": "utf_8",
    # utf_16 / utf_32
    "u16": "utf_16", "utf16": "utf_16",
    "unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be",
    "unicodelittleunmarked": "utf_16_le", "utf_16le": "utf_16_le",
    "u32": "utf_32", "utf32": "utf_32",
    "utf_32be": "utf_32_be", "utf_32le": "utf_32_le",
    # escapes
    "unicodeescape": "unicode_escape",
    "rawunicodeescape": "raw_unicode_escape",
}
