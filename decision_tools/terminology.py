"""The reviewed list of terms the site avoids, after the Luxembourg Terminology Guidelines (2016).

Why this module exists: words that legitimise abuse or blame a child must not appear in our own
text. The content tests scan every built page with this list. The legal term "pornografi anak" is
allowed only inside a quoted legal text (a ``kutipan`` admonition) or marked inline as a legal
term (``.istilah-hukum``), and in the standard's own heading for section 1.2.
"""

from __future__ import annotations

__all__ = ["AVOID", "LEGAL_ONLY", "LEGAL_ONLY_ALLOWED_TEXT"]

# term (lower case) -> what to write instead
AVOID: dict[str, str] = {
    "pelacur anak": "anak yang dieksploitasi secara seksual",
    "pelacuran anak": "eksploitasi seksual anak",
    "prostitusi anak": "eksploitasi seksual anak",
    "psk anak": "anak yang dieksploitasi secara seksual",
    "anak psk": "anak yang dieksploitasi secara seksual",
    "video porno anak": "materi kekerasan seksual terhadap anak (CSAM)",
    "film porno anak": "materi kekerasan seksual terhadap anak (CSAM)",
    "foto porno anak": "materi kekerasan seksual terhadap anak (CSAM)",
    "revenge porn": "penyebaran konten intim tanpa persetujuan",
    "anak nakal": "uraikan perilakunya",
    "pelaku cilik": "anak yang berkonflik dengan hukum",
    "model porno": "anak korban",
    "child pornography": "child sexual abuse material (CSAM)",
    "child prostitute": "child subjected to sexual exploitation",
}

# Allowed only in quoted law or marked as a legal term.
LEGAL_ONLY = ("pornografi anak", "anak yang menjadi pelaku pornografi")

# Our own headings that reproduce the standard's section titles word for word.
LEGAL_ONLY_ALLOWED_TEXT = ("Apa itu pornografi dan pornografi anak?",)
