"""Every legal instrument the site cites, in one list.

Why this module exists: the "Dasar hukum" annex is generated from this list, tools cite it by id,
and a test scans every page for citations (``UU 44/2008``, ``PP 40/2011`` …) and fails on one that
is not here, so the annex cannot drift from the text. ``short`` is the exact form used in the text.
``status`` records what changed since enactment (the KUHP and UU 1/2026 took effect on 2 January 2026).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CITATION_PATTERN", "INSTRUMENTS", "Instrument", "by_id", "by_short", "find_citations"]


@dataclass(frozen=True)
class Instrument:
    id: str
    short: str  # the exact form used in the site's text, e.g. "UU 44/2008"
    title: str
    governs: str  # what it governs, for this site's purposes
    status: str = ""  # changes since enactment that matter here


INSTRUMENTS: tuple[Instrument, ...] = (
    Instrument("uu-23-2002", "UU 23/2002", "Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak",
               "Hak anak dan kewajiban negara, masyarakat, keluarga untuk melindungi anak.",
               "Diubah oleh UU 35/2014 dan UU 17/2016."),
    Instrument("uu-13-2006", "UU 13/2006", "Undang-Undang Nomor 13 Tahun 2006 tentang Perlindungan Saksi dan Korban",
               "Perlindungan saksi dan korban; pembentukan LPSK.", "Diubah oleh UU 31/2014."),
    Instrument("uu-11-2008", "UU 11/2008", "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik",
               "Informasi dan transaksi elektronik (UU ITE).",
               "Diubah oleh UU 19/2016 dan UU 1/2024. Pasal 27 ayat (1) dan Pasal 45 ayat (1) tidak berlaku lagi "
               "sejak 2 Januari 2026; rujukan kepadanya dibaca sebagai KUHP Pasal 407."),
    Instrument("uu-44-2008", "UU 44/2008", "Undang-Undang Nomor 44 Tahun 2008 tentang Pornografi",
               "Larangan pornografi, perlindungan anak dari pornografi (Pasal 15–16), ketentuan pidana.",
               "Pasal 29 dicabut oleh KUHP sejak 2 Januari 2026 (diganti KUHP Pasal 407 ayat (1)); ancaman "
               "pidana Pasal 30–36 dan 38 disesuaikan oleh UU 1/2026, tanpa minimum khusus."),
    Instrument("uu-11-2009", "UU 11/2009", "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
               "Penyelenggaraan kesejahteraan sosial, rehabilitasi sosial, pekerja sosial profesional."),
    Instrument("pp-40-2011", "PP 40/2011", "Peraturan Pemerintah Nomor 40 Tahun 2011 tentang Pembinaan, Pendampingan, "
               "dan Pemulihan terhadap Anak yang Menjadi Korban atau Pelaku Pornografi",
               "Dasar langsung pedoman ini: pembinaan, pendampingan, pemulihan; standar pelayanan (Pasal 4–5)."),
    Instrument("uu-11-2012", "UU 11/2012", "Undang-Undang Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak",
               "Anak yang berkonflik dengan hukum, anak korban, anak saksi; diversi; Litmas; batas umur."),
    Instrument("permenkes-68-2013", "Permenkes 68/2013", "Peraturan Menteri Kesehatan Nomor 68 Tahun 2013 tentang "
               "Kewajiban Pemberi Layanan Kesehatan untuk Memberikan Informasi atas Adanya Dugaan Kekerasan terhadap Anak",
               "Kewajiban tenaga kesehatan melaporkan dugaan kekerasan terhadap anak."),
    Instrument("uu-31-2014", "UU 31/2014", "Undang-Undang Nomor 31 Tahun 2014 tentang Perubahan atas UU 13/2006 tentang "
               "Perlindungan Saksi dan Korban", "Hak saksi dan korban, termasuk restitusi; peran LPSK."),
    Instrument("uu-35-2014", "UU 35/2014", "Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas UU 23/2002 tentang "
               "Perlindungan Anak", "Perlindungan khusus (Pasal 59, 59A), anak korban pornografi (Pasal 67A, 67B), "
               "restitusi (Pasal 71D).",
               "Pasal 81 ayat (1) dan Pasal 82 dicabut oleh KUHP sejak 2 Januari 2026 (KUHP Pasal 473 ayat (4), 415, 417)."),
    Instrument("pp-65-2015", "PP 65/2015", "Peraturan Pemerintah Nomor 65 Tahun 2015 tentang Pedoman Pelaksanaan Diversi "
               "dan Penanganan Anak yang Belum Berumur 12 (Dua Belas) Tahun",
               "Tata cara diversi dan keputusan bagi anak di bawah 12 tahun."),
    Instrument("uu-8-2016", "UU 8/2016", "Undang-Undang Nomor 8 Tahun 2016 tentang Penyandang Disabilitas",
               "Hak dan akomodasi yang layak bagi penyandang disabilitas."),
    Instrument("uu-17-2016", "UU 17/2016", "Undang-Undang Nomor 17 Tahun 2016 tentang Penetapan Perppu 1/2016 tentang "
               "Perubahan Kedua atas UU 23/2002 tentang Perlindungan Anak", "Perubahan kedua UU Perlindungan Anak."),
    Instrument("uu-19-2016", "UU 19/2016", "Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas UU 11/2008 tentang ITE",
               "Perubahan pertama UU ITE."),
    Instrument("pp-43-2017", "PP 43/2017", "Peraturan Pemerintah Nomor 43 Tahun 2017 tentang Pelaksanaan Restitusi bagi "
               "Anak yang Menjadi Korban Tindak Pidana", "Tata cara restitusi bagi anak korban."),
    Instrument("permen-pppa-4-2018", "Permen PPPA 4/2018", "Peraturan Menteri PPPA Nomor 4 Tahun 2018 tentang Pedoman "
               "Pembentukan Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak",
               "Pembentukan UPTD PPA dan enam fungsi layanannya."),
    Instrument("permen-pppa-8-2020", "Permen PPPA 8/2020", "Peraturan Menteri PPPA Nomor 8 Tahun 2020",
               "Standar pembinaan, pendampingan dan pemulihan anak korban dan pelaku pornografi (bagian pemulihan "
               "terbaca; judul resmi belum terverifikasi)."),
    Instrument("pp-78-2021", "PP 78/2021", "Peraturan Pemerintah Nomor 78 Tahun 2021 tentang Perlindungan Khusus bagi Anak",
               "Perlindungan khusus anak; pencegahan agar anak tidak menjadi korban pornografi (Pasal 33)."),
    Instrument("permen-pppa-2-2022", "Permen PPPA 2/2022", "Peraturan Menteri PPPA Nomor 2 Tahun 2022 tentang Standar "
               "Layanan Perlindungan Perempuan dan Anak", "Standar enam fungsi layanan UPTD PPA; pencatatan di Simfoni PPA."),
    Instrument("uu-12-2022", "UU 12/2022", "Undang-Undang Nomor 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
               "Tindak pidana kekerasan seksual, hak korban, pendamping, pelaporan, penghapusan konten, restitusi."),
    Instrument("uu-27-2022", "UU 27/2022", "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
               "Pemrosesan data pribadi, termasuk data anak dan data spesifik, dan hak subjek data."),
    Instrument("pma-73-2022", "PMA 73/2022", "Peraturan Menteri Agama Nomor 73 Tahun 2022 tentang Penanganan dan Pencegahan "
               "Kekerasan Seksual di Satuan Pendidikan pada Kementerian Agama",
               "Pencegahan dan penanganan kekerasan seksual di madrasah, pesantren, dan satuan pendidikan keagamaan."),
    Instrument("uu-1-2023", "UU 1/2023", "Undang-Undang Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana (KUHP)",
               "Hukum pidana umum; Pasal 407 (pornografi), 415, 417, 473.",
               "Berlaku sejak 2 Januari 2026; diubah oleh UU 1/2026."),
    Instrument("permendikbudristek-46-2023", "Permendikbudristek 46/2023", "Peraturan Menteri Pendidikan, Kebudayaan, "
               "Riset, dan Teknologi Nomor 46 Tahun 2023 tentang Pencegahan dan Penanganan Kekerasan di Lingkungan "
               "Satuan Pendidikan", "TPPK di sekolah; Satgas daerah.",
               "Masih berlaku; sedang disempurnakan oleh Kemendikdasmen (periksa sebelum dipakai)."),
    Instrument("uu-1-2024", "UU 1/2024", "Undang-Undang Nomor 1 Tahun 2024 tentang Perubahan Kedua atas UU 11/2008 tentang ITE",
               "Perubahan kedua UU ITE; kewajiban penyelenggara sistem elektronik melindungi anak (Pasal 16A)."),
    Instrument("perpres-20-2024", "Perpres 20/2024", "Peraturan Presiden Nomor 20 Tahun 2024 tentang Perubahan Ketiga atas "
               "Perpres 52/2010 tentang Susunan Organisasi dan Tata Kerja Kepolisian Negara Republik Indonesia",
               "Dasar pembentukan Direktorat Tindak Pidana PPA dan PPO di Bareskrim Polri."),
    Instrument("perpres-55-2024", "Perpres 55/2024", "Peraturan Presiden Nomor 55 Tahun 2024 tentang Unit Pelaksana Teknis "
               "Daerah Perlindungan Perempuan dan Anak", "Tugas UPTD PPA bagi korban kekerasan seksual."),
    Instrument("pp-17-2025", "PP 17/2025", "Peraturan Pemerintah Nomor 17 Tahun 2025",
               "Disebut sebagai peraturan pelaksana perlindungan anak dalam sistem elektronik (teks belum dibaca; "
               "perlu diverifikasi)."),
    Instrument("uu-1-2026", "UU 1/2026", "Undang-Undang Nomor 1 Tahun 2026 tentang Penyesuaian Pidana",
               "Menghapus minimum khusus di luar KUHP dan menyesuaikan ancaman pidana; berlaku 2 Januari 2026."),
)

_BY_ID = {instrument.id: instrument for instrument in INSTRUMENTS}
_BY_SHORT = {instrument.short: instrument for instrument in INSTRUMENTS}

# A citation in running text: a kind of instrument, then number/year ("UU 44/2008", "Permen PPPA 8/2020").
CITATION_PATTERN = re.compile(
    r"\b(UU|PP|Perpres|Permen PPPA|Permenkes|Permensos|Permendikbudristek|Permendikbud|Permendikdasmen|PMA|Perma)"
    r" (\d{1,3})/((?:19|20)\d\d)\b"
)


def by_id(instrument_id: str) -> Instrument | None:
    return _BY_ID.get(instrument_id)


def by_short(short: str) -> Instrument | None:
    return _BY_SHORT.get(short)


def find_citations(text: str) -> set[str]:
    """Every instrument citation in ``text``, in its short form."""
    return {f"{kind} {number}/{year}" for kind, number, year in CITATION_PATTERN.findall(text)}
