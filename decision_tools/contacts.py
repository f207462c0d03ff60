"""National channels shown in tool results and on the printable contact card.

Why this module exists: a phone number written in two places drifts. Each channel is written once,
with the date of the public source that confirmed it (see ../shared/reference/), and both the
tools and the checklists read it from here.
"""

from __future__ import annotations

from .model import Contact

__all__ = ["CONTACTS", "CHECKED"]

# When the numbers below were last confirmed in a public source (not by calling them).
CHECKED = "Januari 2026 (sumber berita publik)"

CONTACTS: dict[str, Contact] = {
    c.id: c
    for c in (
        Contact("polisi_110", "Polisi", "Telepon 110 (gratis, 24 jam)",
                "Bahaya langsung, atau untuk melapor. Laporan diteruskan ke Unit PPA Polres/Polsek terdekat."),
        Contact("sapa_129", "SAPA 129 (Kementerian PPPA)", "Telepon 129 atau WhatsApp 08111-129-129",
                "Pengaduan kasus anak dan perempuan; menghubungkan ke UPTD PPA setempat."),
        Contact("uptd_ppa", "UPTD PPA kabupaten/kota", "Nomor setempat (tanyakan ke Dinas PPPA atau SAPA 129)",
                "Pengaduan, penjangkauan, pengelolaan kasus, penampungan sementara, pendampingan."),
        Contact("igd", "IGD rumah sakit atau puskesmas terdekat", "Datang langsung; ambulans setempat",
                "Luka, sakit, atau kekerasan seksual fisik yang baru terjadi."),
        Contact("lpsk_148", "LPSK", "Telepon 148", "Perlindungan saksi dan korban, dan penilaian restitusi."),
        Contact("aduan_konten", "Komdigi", "aduankonten.id atau WhatsApp 0811-9224-545",
                "Melaporkan konten di internet agar aksesnya diputus. Laporkan tautan, bukan materinya."),
    )
}
